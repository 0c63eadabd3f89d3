"use client";

import { Link } from "~/components/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

export function NavLinks({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  // The most specific link wins: on /teach/bank, "題庫" is current and "班級" (/teach) is not.
  const current = links
    .filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto">
      {links.map((link) => {
        const isCurrent = link.href === current;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={isCurrent ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-[15px] whitespace-nowrap ${
              isCurrent
                ? "bg-accent-soft text-accent-dark font-semibold"
                : "text-muted hover:text-ink hover:bg-stone-100"
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
