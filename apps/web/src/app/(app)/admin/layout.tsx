import { getTranslations } from "next-intl/server";
import { Link } from "~/components/link";
import { ClientMessages } from "~/i18n/client-messages";
import { getSessionUser } from "~/server/auth";

/** Admin pages render for admins only; every admin procedure checks the role again on the server. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") {
    const t = await getTranslations("admin");
    return (
      <section className="card mx-auto max-w-lg text-center" aria-labelledby="forbidden-title">
        <p className="text-accent-dark text-sm font-semibold tracking-wide">403</p>
        <h1 id="forbidden-title" className="mt-1 font-serif text-2xl font-bold">
          {t("forbiddenTitle")}
        </h1>
        <Link href="/" className="btn-primary mt-6">
          {t("backHome")}
        </Link>
      </section>
    );
  }
  return <ClientMessages namespaces={["admin", "classes"]}>{children}</ClientMessages>;
}
