"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

export function NavLinks({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-[15px] whitespace-nowrap ${
              current
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
