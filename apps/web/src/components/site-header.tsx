import { type SessionUser } from "@dc/api";
import { Link } from "~/components/link";
import { getTranslations } from "next-intl/server";
import { homePathFor } from "~/lib/home-path";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notification-bell";
import { NavLinks, type NavLink } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** Students and teachers see different navigation; signed-out visitors see sign-in and sign-up. */
export async function SiteHeader({
  user,
  withBell = false,
}: {
  user: SessionUser | null;
  /** The student's notification bell; needs the tRPC provider around the header. */
  withBell?: boolean;
}) {
  const t = await getTranslations("nav");
  const links: NavLink[] =
    user?.role === "ADMIN"
      ? [
          { href: "/admin", label: t("admin") },
          { href: "/learn", label: t("learn") },
        ]
      : user?.role === "TEACHER"
        ? [
            { href: "/teach", label: t("teach") },
            { href: "/teach/bank", label: t("bank") },
          ]
        : user
          ? [
              { href: "/learn", label: t("learn") },
              { href: "/assignments", label: t("assignments") },
              { href: "/review", label: t("review") },
              { href: "/progress", label: t("progress") },
              { href: "/classes", label: t("classes") },
            ]
          : [];
  return (
    <header className="border-line border-b bg-white/90 print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href={user ? homePathFor(user.role) : "/"}
          className="text-ink flex items-center gap-2 font-serif text-lg font-bold"
        >
          <span
            aria-hidden
            className="bg-accent grid size-8 place-items-center rounded-lg text-sm text-white"
          >
            循
          </span>
          雙循環・深讀
        </Link>
        {user && <NavLinks links={links} label={t("main")} />}
        <div className="ml-auto flex items-center gap-2">
          {withBell && user?.role === "STUDENT" && <NotificationBell />}
          <LanguageSwitch />
          {user ? (
            <>
              <Link
                href="/account"
                className="text-muted hover:text-ink text-sm underline-offset-4 hover:underline"
                data-testid="signed-in-as"
              >
                <span className="hidden sm:inline">
                  {user.name} ·{" "}
                  {user.role === "ADMIN"
                    ? t("roleAdmin")
                    : user.role === "TEACHER"
                      ? t("roleTeacher")
                      : t("roleStudent")}
                </span>
                <span className="sm:hidden">{t("account")}</span>
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="btn-secondary min-h-9 px-3 text-sm">
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className="btn-primary min-h-9 px-3 text-sm">
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
