"use client";

import { appendixRows, article, type TGlossaryEntry } from "@dc/content/reader";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { GlossaryText } from "./glossary-text";
import { ParagraphAnchor } from "./paragraph-anchor";
import styles from "./reader.module.css";
import { markedTerms, splitAtTerms } from "./segments";
import { useZh } from "./use-script";

/** Every row of 附表1, readable without any interaction: month, occasion and main points. */
export function AppendixTable({ glossary }: { glossary: readonly TGlossaryEntry[] }) {
  const t = useTranslations("reader");
  const { zh, lang } = useZh();
  const headingId = useId();
  const terms = glossary.map((entry) => entry.term);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-4 text-xl font-bold">
        {t("appendixFull")}
      </h3>
      <div className="space-y-6">
        {appendixRows.map((row) => {
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
              <h4
                id={`${row.id}-heading`}
                lang={lang}
                className="font-serif text-lg leading-relaxed font-bold"
              >
                <span className="bg-accent-soft text-accent-dark mr-2 rounded px-2 py-0.5 font-sans text-sm">
                  {zh(row.monthLabel)}
                </span>
                {zh(row.occasion)}
              </h4>
              <ul
                lang={lang}
                className="mt-2 list-disc space-y-2 pl-5 font-serif text-lg leading-[2] tracking-[0.03em]"
              >
                {row.points.map((point, i) => (
                  <li key={i}>
                    <GlossaryText text={point} glossary={glossary} skip={skips[i]} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <p lang={lang} className="text-muted mt-6 text-sm">
        {zh(article.appendix.sourceNote)}
      </p>
    </section>
  );
}
