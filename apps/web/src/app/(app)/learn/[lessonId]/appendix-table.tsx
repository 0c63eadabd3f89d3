import type { TAppendix, TGlossaryEntry } from "@dc/content/reader";
import { getTranslations } from "next-intl/server";
import { GlossaryText } from "./glossary-text";
import { ParagraphAnchor } from "./paragraph-anchor";
import styles from "./reader.module.css";
import { glossaryIn, markedTerms, splitAtTerms } from "./segments";
import { Zh, ZhLang, ZhText } from "./zh-text";

/** Every row of 附表1, readable without any interaction: month, occasion and main points. */
export async function AppendixTable({
  appendix,
  glossary,
}: {
  appendix: TAppendix;
  glossary: readonly TGlossaryEntry[];
}) {
  const t = await getTranslations("reader");
  const terms = glossary.map((entry) => entry.term);
  return (
    <section aria-labelledby="appendix-table-heading">
      <h3 id="appendix-table-heading" className="mb-4 text-xl font-bold">
        {t("appendixFull")}
      </h3>
      <div className="space-y-6">
        {appendix.rows.map((row) => {
          // Mark each term once per row, at its first occurrence across the row's points.
          let used = new Set<string>();
          const skips = row.points.map((point) => {
            const skip = used;
            used = new Set([...used, ...markedTerms(splitAtTerms(point, terms, skip))]);
            return skip;
          });
          return (
            <section
              key={row.id}
              id={row.id}
              data-reading-paragraph
              aria-labelledby={`${row.id}-heading`}
              className={`${styles.anchor} border-line relative -mx-3 rounded-lg border-b px-3 py-3 last:border-b-0`}
            >
              <ParagraphAnchor id={row.id} />
              <ZhLang
                as="h4"
                id={`${row.id}-heading`}
                className="font-serif text-lg leading-relaxed font-bold"
              >
                <span className="bg-accent-soft text-accent-dark mr-2 rounded px-2 py-0.5 font-sans text-sm">
                  <Zh text={row.monthLabel} />
                </span>
                <Zh text={row.occasion} />
              </ZhLang>
              <ZhLang
                as="ul"
                className="mt-2 list-disc space-y-2 pl-5 font-serif text-lg leading-[2] tracking-[0.03em]"
              >
                {row.points.map((point, i) => (
                  <li key={i}>
                    <GlossaryText text={point} glossary={glossaryIn(point, glossary, skips[i])} />
                  </li>
                ))}
              </ZhLang>
            </section>
          );
        })}
      </div>
      <ZhText as="p" text={appendix.sourceNote} className="text-muted mt-6 text-sm" />
    </section>
  );
}
