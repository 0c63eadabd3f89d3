import { Link } from "~/components/link";
import { useTranslations } from "next-intl";

/** A titled card of the dashboard. */
export function Section({
  id,
  title,
  lead,
  children,
  className = "",
}: {
  id: string;
  title: string;
  lead?: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`card min-w-0 ${className}`}>
      <h2 id={id} className="font-serif text-xl font-bold">
        {title}
      </h2>
      {lead && <p className="text-muted mt-1 mb-4">{lead}</p>}
      <div className={lead ? "" : "mt-4"}>{children}</div>
    </section>
  );
}

/** What "mastery" means here, in plain words, wherever mastery is shown. */
export function MasteryDefinition({ className = "" }: { className?: string }) {
  const t = useTranslations("progress");
  return (
    <div
      className={`border-line rounded-xl border bg-stone-50 px-4 py-3 ${className}`}
      data-testid="mastery-definition"
    >
      <p className="font-semibold">{t("definitionTitle")}</p>
      <p className="mt-1">{t("definition")}</p>
    </div>
  );
}

/** For a student who has answered nothing yet: where to begin, instead of empty charts. */
export function EmptyState() {
  const t = useTranslations("progress.empty");
  return (
    <section aria-labelledby="progress-empty" className="card border-accent/20 bg-accent-soft">
      <h2 id="progress-empty" className="font-serif text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-2xl">{t("body")}</p>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      <div className="mt-5 flex flex-wrap gap-3">
        <Link href="/learn/0" className="btn-primary">
          {t("start")}
        </Link>
        <Link href="/learn" className="btn-secondary">
          {t("allLessons")}
        </Link>
      </div>
    </section>
  );
}
