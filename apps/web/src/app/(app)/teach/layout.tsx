import { Link } from "~/components/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "~/i18n/client-messages";
import { getSessionUser } from "~/server/auth";

const TEACHER_NAMESPACES = [
  "teach",
  "results",
  "itemStats",
  "assignments",
  "manage",
  "classes",
  "items",
  "attempt",
  "progress",
  "skills",
  "types",
  "learn",
  "integrity",
  "roster",
];

/** Teacher pages render for teachers only; their data procedures check the role again on the server. */
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (user?.role === "TEACHER" && !user.teacherConfirmed) {
    // A teacher who signed themselves up before invitations existed: an admin decides.
    const t = await getTranslations("shell");
    return (
      <section className="card mx-auto max-w-lg text-center" aria-labelledby="unconfirmed-title">
        <h1 id="unconfirmed-title" className="font-serif text-2xl font-bold">
          {t("unconfirmedTitle")}
        </h1>
        <p className="text-muted mt-3">{t("unconfirmedBody")}</p>
        <Link href="/learn" className="btn-primary mt-6">
          {t("backToLearn")}
        </Link>
      </section>
    );
  }
  if (user?.role !== "TEACHER") {
    const t = await getTranslations("shell");
    return (
      <section className="card mx-auto max-w-lg text-center" aria-labelledby="forbidden-title">
        <p className="text-accent-dark text-sm font-semibold tracking-wide">403</p>
        <h1 id="forbidden-title" className="mt-1 font-serif text-2xl font-bold">
          {t("forbiddenTitle")}
        </h1>
        <p className="text-muted mt-3">{t("forbiddenBody")}</p>
        <Link href="/learn" className="btn-primary mt-6">
          {t("backToLearn")}
        </Link>
      </section>
    );
  }
  return <ClientMessages namespaces={TEACHER_NAMESPACES}>{children}</ClientMessages>;
}
