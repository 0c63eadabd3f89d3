"use client";

import { paragraphs as articleParagraphs } from "@dc/content/reader";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { LevelIcon } from "~/components/charts/level-icon";
import { LEVEL_STYLE } from "~/components/charts/levels";
import { groupByLesson, isAppendixRow, paragraphNumber } from "~/lib/paragraphs";
import { formatShare } from "../../../_results/format";
import { type TMastery } from "./types";

const textOf = new Map(articleParagraphs.map((p) => [p.id, p.text]));

/** The article itself, lesson by lesson, each paragraph shaded (and iconed) by how well the class knows it. */
export function ParagraphText({
  paragraphs,
  lessonName,
}: {
  paragraphs: TMastery["paragraphs"];
  lessonName: (lessonId: number) => string;
}) {
  const t = useTranslations("results.mastery");
  const tMap = useTranslations("progress.map");
  const locale = useLocale();
  return (
    <div className="mt-6 space-y-3">
      <h3 className="font-semibold">{t("textHeading")}</h3>
      {groupByLesson(paragraphs).map(({ lessonId, paragraphs: rows }) => (
        <details key={lessonId} className="border-line rounded-xl border">
          <summary className="cursor-pointer px-4 py-3 font-medium">{lessonName(lessonId)}</summary>
          <ol className="space-y-2 px-4 pb-4">
            {rows.map((p) => {
              const place = tMap(isAppendixRow(p.paragraphId) ? "row" : "paragraph", {
                lesson: lessonId,
                n: paragraphNumber(p.paragraphId),
              });
              const status =
                p.mastery === null
                  ? tMap("statusUnseen", { total: p.total })
                  : tMap("statusAnswered", {
                      percent: formatShare(p.mastery, locale),
                      answered: p.answered,
                      total: p.total,
                    });
              return (
                <li
                  key={p.paragraphId}
                  className={`rounded-lg border-l-4 px-4 py-3 ${LEVEL_STYLE[p.level].tile}`}
                >
                  <p className="flex flex-wrap items-center gap-x-2 text-sm font-semibold">
                    <LevelIcon level={p.level} size={14} />
                    <span>{place}</span>
                    <span className="font-normal">{status}</span>
                    <Link
                      href={`/learn/${lessonId}#${p.paragraphId}`}
                      className="ml-auto font-medium underline underline-offset-4"
                      aria-label={t("openParagraph", { place })}
                    >
                      {t("open")}
                    </Link>
                  </p>
                  <p lang="zh-Hant" className="mt-1 font-serif">
                    {textOf.get(p.paragraphId)}
                  </p>
                </li>
              );
            })}
          </ol>
        </details>
      ))}
    </div>
  );
}
