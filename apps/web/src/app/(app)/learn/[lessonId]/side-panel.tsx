import type { TLesson } from "@dc/content/reader";
import { getLocale, getTranslations } from "next-intl/server";
import { getZh } from "~/i18n/server-script";
import { localized } from "~/lib/localized";
import { isAppendixRow, paragraphNumber } from "./paragraph-ids";
import { ZhText } from "./zh-text";

export type TPanelPart = "objectives" | "keyFacts" | "glossary" | "timeline";

/**
 * The lesson's guide: objectives, key facts and glossary (each pointing at its paragraph) and, for
 * lessons 0-4, a compact timeline. As a sticky column beside the text on wide screens ("column"), as
 * collapsible sections before or after the text on phones ("collapsible"). Rendered on the server;
 * only the article's own words (facts, terms) are client components, to follow the 繁體/简体 switch.
 */
export function SidePanel({
  lesson,
  parts,
  variant,
}: {
  lesson: TLesson;
  parts: TPanelPart[];
  variant: "column" | "collapsible";
}) {
  const shown = parts.filter((part) => part !== "timeline" || lesson.timeline.length > 0);
  return (
    <div className={variant === "column" ? "space-y-8" : "space-y-3"}>
      {shown.map((part) => (
        <PanelSection key={part} part={part} variant={variant}>
          <PartContent part={part} lesson={lesson} />
        </PanelSection>
      ))}
    </div>
  );
}

async function PanelSection({
  part,
  variant,
  children,
}: {
  part: TPanelPart;
  variant: "column" | "collapsible";
  children: React.ReactNode;
}) {
  const t = await getTranslations("reader");
  const headingId = `panel-${part}`; // only the column variant has ids, and it shows each part once
  if (variant === "collapsible") {
    return (
      <details className="border-line group rounded-xl border bg-white">
        <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 py-2 [&::-webkit-details-marker]:hidden">
          <h2 className="text-base font-semibold">{t(part)}</h2>
          <span aria-hidden className="text-muted transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="border-line border-t px-4 py-3">{children}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-muted mb-3 text-sm font-semibold tracking-wide uppercase">
        {t(part)}
      </h2>
      {children}
    </section>
  );
}

async function PartContent({ part, lesson }: { part: TPanelPart; lesson: TLesson }) {
  const [t, locale, zh] = await Promise.all([getTranslations("reader"), getLocale(), getZh()]);
  const where = (id: string) => {
    const n = paragraphNumber(id);
    return isAppendixRow(id) ? t("rowNumber", { n }) : t("paragraphNumber", { n });
  };

  switch (part) {
    case "objectives":
      return (
        <ul className="list-disc space-y-2 pl-5 text-[0.95rem] leading-relaxed">
          {lesson.objectives.map((objective) => (
            <li key={objective.zh}>{zh(localized(objective, locale))}</li>
          ))}
        </ul>
      );
    case "keyFacts":
      return (
        <ul className="-mx-2 space-y-1">
          {lesson.keyFacts.map((fact, i) => (
            <li key={i}>
              <a
                href={`#${fact.paragraphId}`}
                className="flex gap-3 rounded-lg px-2 py-1.5 hover:bg-stone-100"
              >
                <ZhText
                  text={fact.text}
                  className={`shrink-0 font-semibold tabular-nums ${fact.kind === "date" ? "text-accent-dark" : "text-ink"}`}
                />
                <span className="text-muted min-w-0 text-sm leading-relaxed">
                  {zh(localized(fact.about, locale))}{" "}
                  <span className="text-xs whitespace-nowrap text-stone-600">
                    · {where(fact.paragraphId)}
                  </span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      );
    case "glossary":
      return (
        <dl className="space-y-3">
          {lesson.glossary.map((entry) => (
            <div key={entry.term}>
              <dt className="flex flex-wrap items-baseline gap-x-2">
                <ZhText text={entry.term} className="font-serif font-bold" />
                <span lang="en" className="text-muted text-sm italic">
                  {entry.english}
                </span>
              </dt>
              <dd className="text-muted text-sm leading-relaxed">
                {zh(localized(entry.explanation, locale))}{" "}
                <a
                  href={`#${entry.paragraphId}`}
                  className="text-accent-dark whitespace-nowrap underline underline-offset-2"
                >
                  {where(entry.paragraphId)}
                </a>
              </dd>
            </div>
          ))}
        </dl>
      );
    case "timeline":
      return (
        <ol className="border-line ml-1.5 space-y-4 border-l-2 pl-4">
          {lesson.timeline.map((event, i) => (
            <li key={i} className="relative">
              <span
                aria-hidden
                className="bg-accent absolute top-2 -left-[1.45rem] size-2.5 rounded-full ring-4 ring-white"
              />
              <a href={`#${event.paragraphId}`} className="block rounded-lg hover:bg-stone-100">
                <span className="text-accent-dark block text-sm font-semibold">
                  {zh(localized(event.when, locale))}
                </span>
                <span className="block text-sm leading-relaxed">{zh(localized(event.label, locale))}</span>
              </a>
            </li>
          ))}
        </ol>
      );
  }
}
