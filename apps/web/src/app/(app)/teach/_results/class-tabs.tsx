"use client";

import { Link } from "~/components/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** Links between a class's pages: the class itself, its gradebook and its mastery dashboard. */
export function ClassTabs({ classId }: { classId: string }) {
  const t = useTranslations("results.tabs");
  const pathname = usePathname();
  const base = `/teach/classes/${classId}`;
  const links = [
    { href: base, label: t("class") },
    { href: `${base}/gradebook`, label: t("gradebook") },
    { href: `${base}/mastery`, label: t("mastery") },
  ];
  return (
    <nav aria-label={t("label")} className="border-line mb-6 flex gap-1 overflow-x-auto border-b">
      {links.map((link) => {
        const current = pathname === link.href;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-[15px] whitespace-nowrap ${
              current
                ? "border-accent text-accent-dark font-semibold"
                : "text-muted hover:text-ink border-transparent"
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
