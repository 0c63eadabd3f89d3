"use client";

import type { TReveal } from "@dc/content";
import { useTranslations } from "next-intl";
import { Link } from "~/components/link";
import { useEffect, useRef } from "react";
import { BilingualText } from "./bilingual-text";
import { paragraphRef, resultTone, scorePercent, type TResult, type TTone } from "./logic";
import { localized } from "~/lib/localized";

export type FeedbackPanelProps = {
  /** The server's score for the final answer; null when the teacher withholds scores (key only). */
  result: TResult | null;
  reveal: TReveal;
  /** Interface locale ("zh-Hant" | "en"). */
  locale: string;
  /** Where the source paragraph is shown, e.g. (id) => `/learn/2#${id}`. */
  paragraphHref: (paragraphId: string) => string;
  /** Move keyboard focus to the headline when the panel appears (after the learner submits). */
  focusOnMount?: boolean;
};

const TONE: Record<TTone, { icon: string; box: string; text: string }> = {
  right: { icon: "✓", box: "border-ok bg-green-50", text: "text-ok" },
  partial: { icon: "◐", box: "border-warn bg-orange-50", text: "text-warn" },
  wrong: { icon: "✗", box: "border-accent bg-accent-soft", text: "text-accent-dark" },
};

const NEUTRAL = { icon: "", box: "border-line bg-white", text: "" };

/** After an answer is final: right / partly right / wrong, the answer in words, why, and the source paragraph. */
export function FeedbackPanel({
  result,
  reveal,
  locale,
  paragraphHref,
  focusOnMount = false,
}: FeedbackPanelProps) {
  const t = useTranslations("items");
  const headline = useRef<HTMLParagraphElement>(null);
  const tone = result ? resultTone(result) : null;
  const style = tone ? TONE[tone] : NEUTRAL;

  useEffect(() => {
    if (focusOnMount) headline.current?.focus();
  }, [focusOnMount]);

  return (
    <div className={`space-y-4 rounded-2xl border-2 p-5 ${style.box}`}>
      {result && (
        <div role="status">
          <p
            ref={headline}
            tabIndex={-1}
            className={`flex items-center gap-2 text-xl font-bold ${style.text}`}
          >
            <span aria-hidden className="text-2xl leading-none">
              {style.icon}
            </span>
            {tone === "right"
              ? t("resultRight")
              : tone === "partial"
                ? t("resultPartial", { percent: scorePercent(result.score) })
                : t("resultWrong")}
          </p>
        </div>
      )}
      {/* A written item's input shows its model answer itself, with the rubric beside it. */}
      {reveal.type !== "written" && (
        <div>
          <h3 className="text-muted text-sm font-semibold">{t("answerHeading")}</h3>
          <p className="mt-1 font-medium">
            <BilingualText text={reveal.answerText} locale={locale} />
          </p>
        </div>
      )}
      <div>
        <h3 className="text-muted text-sm font-semibold">{t("explanationHeading")}</h3>
        <p className="mt-1" lang={locale === "en" && reveal.explanation.en ? "en" : "zh-Hant"}>
          {localized(reveal.explanation, locale)}
        </p>
      </div>
      <div>
        <h3 className="text-muted text-sm font-semibold">{t("sourceHeading")}</h3>
        <ul className="space-y-3">
          {reveal.sources.map((source) => {
            const ref = paragraphRef(source.paragraphId);
            return (
              <li key={source.paragraphId}>
                <blockquote
                  lang="zh-Hant"
                  className="border-line mt-1 border-l-4 bg-white/70 py-1 pr-2 pl-3 font-serif leading-[1.9]"
                >
                  「{source.quote}」
                </blockquote>
                <Link
                  href={paragraphHref(source.paragraphId)}
                  className="text-accent-dark mt-2 inline-flex min-h-11 items-center font-medium underline underline-offset-4 hover:no-underline"
                >
                  {ref === null
                    ? t("sourceAny")
                    : ref.kind === "row"
                      ? t("sourceRow", { n: ref.n })
                      : t("sourceParagraph", { lesson: ref.lesson, n: ref.n })}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
