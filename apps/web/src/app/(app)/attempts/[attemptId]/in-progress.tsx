"use client";

import { useLocale, useTranslations } from "next-intl";
import { FeedbackPanel, ItemInput, ItemPrompt } from "~/components/items";
import { useConfirmSubmit } from "./confirm-submit";
import { Countdown } from "./countdown";
import { paragraphHref } from "~/lib/paragraph-href";
import type { TAttemptView } from "./player-state";
import { QuestionNav } from "./question-nav";
import { SaveStatus } from "./save-status";
import { SelfGrade } from "./self-grade";
import { WrittenMarking } from "./written-marking";
import { useAttemptPlayer } from "./use-attempt-player";

/** An attempt in progress: one question at a time, saved as it is answered, then submitted. */
export function InProgress({ view }: { view: TAttemptView }) {
  const t = useTranslations("attempt");
  const locale = useLocale();
  // Destructured: the heading's ref is handed to its element, the rest read during render.
  const {
    sync,
    current,
    goTo,
    entry,
    value,
    states,
    unanswered,
    finish,
    offersCheck,
    message,
    onChange,
    onCheck,
    doSubmit,
    checking,
    submitting,
    questionHeading,
  } = useAttemptPlayer(view);
  const confirm = useConfirmSubmit(unanswered, () => void doSubmit());

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <SaveStatus pending={sync.pending} online={sync.online} />
        {view.deadline && (
          <div className="ml-auto">
            <Countdown deadline={view.deadline} serverNow={view.serverNow} onExpire={() => void doSubmit()} />
          </div>
        )}
      </div>
      <QuestionNav states={states} current={current} onSelect={goTo} />

      <section className="card space-y-5" aria-labelledby="question-heading">
        <p
          id="question-heading"
          ref={questionHeading}
          tabIndex={-1}
          className="text-muted text-sm font-medium focus:outline-none"
        >
          {t("question", { n: current + 1, total: view.items.length })}
        </p>
        <ItemPrompt item={entry.item} locale={locale} />
        <ItemInput
          key={entry.item.id}
          item={entry.item}
          value={value}
          onChange={onChange}
          disabled={entry.final}
          reveal={entry.reveal}
          locale={locale}
        />
        {sync.rejected[entry.item.id] && (
          <p role="alert" className="text-accent-dark">
            {t("rejected")}
          </p>
        )}
        {entry.written && view.checksEachAnswer && entry.final && (
          <>
            <SelfGrade key={entry.item.id} attemptId={view.id} entry={entry} locale={locale} />
            {entry.written.marked && <WrittenMarking entry={entry} selfGraded locale={locale} />}
          </>
        )}
        {entry.reveal && entry.result && (
          <FeedbackPanel
            result={entry.result}
            reveal={entry.reveal}
            locale={locale}
            paragraphHref={paragraphHref}
            focusOnMount
          />
        )}
        {message && (
          <p role="alert" className="text-accent-dark">
            {message}
          </p>
        )}
        <div className="border-line flex flex-wrap gap-2 border-t pt-4">
          <button
            type="button"
            className="btn-secondary"
            disabled={current === 0}
            onClick={() => goTo(current - 1)}
          >
            {t("prev")}
          </button>
          {offersCheck && (
            <button type="button" className="btn-primary" onClick={() => void onCheck()} disabled={checking}>
              {checking ? t("checking") : t("check")}
            </button>
          )}
          {current < view.items.length - 1 && (
            <button
              type="button"
              className={offersCheck ? "btn-secondary" : "btn-primary"}
              onClick={() => goTo(current + 1)}
            >
              {t("next")}
            </button>
          )}
          <button
            type="button"
            className={`ml-auto ${finish.direct ? "btn-primary" : "btn-secondary"}`}
            data-testid="finish-attempt"
            onClick={finish.direct ? () => void doSubmit() : confirm.open}
            disabled={submitting}
          >
            {submitting ? t("submitting") : t(finish.label)}
          </button>
        </div>
      </section>
      {confirm.element}
    </div>
  );
}
