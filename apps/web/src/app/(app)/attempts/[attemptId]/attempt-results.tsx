"use client";

import type { RouterOutputs } from "@dc/api";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FeedbackPanel, ItemInput, ItemPrompt } from "~/components/items";
import { paragraphHref } from "~/lib/paragraph-href";
import { SelfGrade } from "./self-grade";
import { WrittenMarking } from "./written-marking";

type TView = RouterOutputs["attempt"]["get"];

/** The submitted attempt: the score, then every item with the learner's answer and, when released, the key. */
export function AttemptResults({
  view,
  onAgain,
  focusOnMount = false,
}: {
  view: TView;
  onAgain?: () => void;
  focusOnMount?: boolean;
}) {
  const t = useTranslations("attempt");
  const ts = useTranslations("integrity.scores");
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const review = view.kind === "REVIEW";
  // A stopped review lists what was reviewed; the untouched items wait, unscored, for later.
  const shown = review ? view.items.filter((e) => e.answer) : view.items;
  const reviewed = shown.length;
  const score = view.score ?? 0;
  const percent = view.maxScore ? Math.round((score / view.maxScore) * 100) : 0;
  return (
    <div className="space-y-6">
      <section className="card flex flex-wrap items-center gap-6" aria-labelledby="result-title">
        <div>
          <h2
            id="result-title"
            ref={heading}
            tabIndex={-1}
            className="font-serif text-2xl font-bold focus:outline-none"
          >
            {review ? t("reviewDoneTitle") : t("resultTitle")}
          </h2>
          {review ? (
            // A review is practice, not a test: what was done and what waits, no score.
            <p className="mt-1 text-lg" data-testid="review-outcome">
              {reviewed < view.items.length
                ? t("reviewStopped", { done: reviewed, left: view.items.length - reviewed })
                : t("reviewFinished", { done: reviewed })}
            </p>
          ) : (
            <p className="mt-1 text-lg" data-testid="result-score">
              {view.scoreWithheld
                ? ts("withheld")
                : view.pending > 0
                  ? pendingLine(view, t)
                  : `${t("resultScore", { score: Math.round(score * 100) / 100, max: view.maxScore })} · ${t("resultPercent", { percent })}`}
            </p>
          )}
          {view.autoSubmitted && <p className="text-muted mt-1 text-sm">{t("autoSubmitted")}</p>}
          {view.feedbackWithheld && <p className="text-muted mt-1 text-sm">{t("feedbackWithheld")}</p>}
        </div>
        <div className="ml-auto flex flex-wrap gap-2">
          {onAgain && (
            <button type="button" className="btn-primary" onClick={onAgain}>
              {t("again")}
            </button>
          )}
          {view.lessonId !== null && (
            <Link href={`/learn/${view.lessonId}`} className="btn-secondary">
              {t("backToLesson")}
            </Link>
          )}
          <Link href="/review" className="btn-secondary">
            {t("toReview")}
          </Link>
        </div>
      </section>
      <ol className="space-y-4">
        {shown.map((entry, i) => (
          <li key={entry.item.id} className="card space-y-4">
            <p className="text-muted text-sm font-medium">
              {t("question", { n: i + 1, total: shown.length })}
            </p>
            <ItemPrompt item={entry.item} locale={locale} />
            {entry.answer?.response ? (
              <ItemInput
                item={entry.item}
                value={entry.answer.response}
                onChange={() => undefined}
                disabled
                reveal={entry.reveal}
                locale={locale}
              />
            ) : (
              <p className="text-muted">{t("noAnswer")}</p>
            )}
            {/* A practice submitted before its self-grade: the learner may still mark the answer here. */}
            {entry.written?.pending && view.checksEachAnswer && entry.reveal ? (
              <SelfGrade attemptId={view.id} entry={entry} locale={locale} />
            ) : (
              entry.written && (
                <WrittenMarking entry={entry} selfGraded={view.checksEachAnswer} locale={locale} />
              )
            )}
            {entry.reveal && (
              <FeedbackPanel
                result={entry.result}
                reveal={entry.reveal}
                locale={locale}
                paragraphHref={paragraphHref}
              />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * A score that waits for written answers' marking, said honestly: what the rest scored, and how many
 * wait (for a teacher, or in practice for the learner's own self-grade).
 */
function pendingLine(view: TView, t: (key: string, values?: Record<string, number>) => string) {
  if (view.checksEachAnswer) return t("resultSelfPending", { pending: view.pending });
  if (!view.scoredPart) return t("resultAllPending", { pending: view.pending });
  const score = Math.round(view.scoredPart.score * 100) / 100;
  return t("resultPending", { score, max: view.scoredPart.maxScore, pending: view.pending });
}
