import { Link } from "~/components/link";
import { getTranslations } from "next-intl/server";

/** Shown instead of a student page to a signed-in teacher (the data procedures refuse them anyway). */
export async function StudentsOnly() {
  const t = await getTranslations("progress");
  return (
    <section className="card mx-auto max-w-lg text-center" aria-labelledby="students-only-title">
      <h1 id="students-only-title" className="font-serif text-2xl font-bold">
        {t("studentsOnlyTitle")}
      </h1>
      <p className="text-muted mt-3">{t("studentsOnlyBody")}</p>
      <Link href="/teach" className="btn-primary mt-6">
        {t("toTeach")}
      </Link>
    </section>
  );
}
