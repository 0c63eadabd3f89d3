import { lessons } from "@dc/content";
import { Link } from "~/components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "~/components/site-header";
import { homePathFor } from "~/lib/home-path";
import { localized } from "~/lib/localized";
import { getSessionUser } from "~/server/auth";

export default async function HomePage() {
  const [user, t, locale] = await Promise.all([getSessionUser(), getTranslations("home"), getLocale()]);
  const tl = await getTranslations("learn");
  const features = [
    { title: t("f1Title"), body: t("f1Body") },
    { title: t("f2Title"), body: t("f2Body") },
    { title: t("f3Title"), body: t("f3Body") },
  ];
  return (
    <>
      <SiteHeader user={user} />
      <main id="main">
        <section className="border-line border-b bg-white">
          <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
            <p className="text-accent-dark font-medium">{t("eyebrow")}</p>
            <h1 className="mt-3 max-w-3xl font-serif text-4xl leading-tight font-bold tracking-tight sm:text-5xl">
              {t("title")}
            </h1>
            <p className="text-muted mt-5 max-w-2xl text-lg">{t("lead")}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              {user ? (
                <Link href={homePathFor(user.role)} className="btn-primary">
                  {t("ctaContinue")}
                </Link>
              ) : (
                <>
                  <Link href="/sign-up" className="btn-primary">
                    {t("ctaStart")}
                  </Link>
                  <Link href="/sign-in" className="btn-secondary">
                    {t("ctaSignIn")}
                  </Link>
                </>
              )}
            </div>
          </div>
        </section>
        <section className="mx-auto max-w-6xl px-4 py-12" aria-labelledby="features">
          <h2 id="features" className="font-serif text-2xl font-bold">
            {t("featuresTitle")}
          </h2>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            {features.map((f) => (
              <li key={f.title} className="card">
                <h3 className="text-lg font-semibold">{f.title}</h3>
                <p className="text-muted mt-2">{f.body}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className="mx-auto max-w-6xl px-4 pb-16" aria-labelledby="lessons">
          <h2 id="lessons" className="font-serif text-2xl font-bold">
            {t("lessonsTitle")}
          </h2>
          <ol className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {lessons.map((lesson) => (
              <li key={lesson.id} className="border-line rounded-xl border bg-white px-4 py-3">
                <span className="text-muted text-sm">{tl("lesson", { n: lesson.id })}</span>
                <span className="block font-medium">{localized(lesson.title, locale)}</span>
              </li>
            ))}
          </ol>
        </section>
      </main>
    </>
  );
}
