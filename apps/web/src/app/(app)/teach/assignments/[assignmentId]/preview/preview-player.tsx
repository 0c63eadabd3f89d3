"use client";

import type { RouterOutputs } from "@dc/api";
import type { TResponse } from "@dc/content";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link } from "~/components/link";
import { FeedbackPanel, ItemInput, ItemPrompt } from "~/components/items";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { Countdown } from "../../../../attempts/[attemptId]/countdown";
import { paragraphHref } from "~/lib/paragraph-href";
import { QuestionNav, type TNavState } from "../../../../attempts/[attemptId]/question-nav";
import { formatPoints } from "../../../_results/format";
import { LoadState } from "../manage/load-state";

type TPreview = RouterOutputs["assignment"]["preview"];
type TChecked = RouterOutputs["assignment"]["checkPreview"]["items"][number];

/**
 * The student's player for a preview: the same question views, navigation and timer, with a banner
 * that says nothing is recorded. The teacher may check any answer; submitting scores the whole
 * preview (with the assignment's corrections) and shows every key. Nothing reaches the database.
 */
export function PreviewPlayer({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("manage.preview");
  const trpc = useTRPC();
  // One preview per visit: a refetch would reshuffle under the teacher's hands.
  const query = useQuery({
    ...trpc.assignment.preview.queryOptions({ assignmentId }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const back = (
    <Link
      href={`/teach/assignments/${assignmentId}`}
      className="text-muted hover:text-ink mb-4 inline-block text-[15px] underline-offset-4 hover:underline"
    >
      ← {query.data?.title ?? t("back")}
    </Link>
  );
  if (!query.data) {
    return (
      <div className="mx-auto max-w-3xl">
        {back}
        <h1 className="mb-4 font-serif text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <LoadState query={query} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl">
      {back}
      <Preview key={query.data.seed} preview={query.data} onRestart={() => void query.refetch()} />
    </div>
  );
}

function Preview({ preview, onRestart }: { preview: TPreview; onRestart: () => void }) {
  const t = useTranslations("manage.preview");
  const ta = useTranslations("attempt");
  const locale = useLocale();
  const trpc = useTRPC();
  const [startedAt] = useState(() => new Date());
  const deadline =
    preview.timeLimitMinutes === null
      ? null
      : new Date(startedAt.getTime() + preview.timeLimitMinutes * 60_000);
  const [current, setCurrent] = useState(0);
  const [responses, setResponses] = useState<Record<string, TResponse | null>>({});
  const [checked, setChecked] = useState<Record<string, TChecked>>({});
  const [total, setTotal] = useState<{ score: number; maxScore: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const check = useMutation({ ...trpc.assignment.checkPreview.mutationOptions(), networkMode: "always" });
  const heading = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [current]);
  useEffect(() => {
    if (total) resultsRef.current?.focus();
  }, [total]);

  const goTo = (index: number) => {
    moved.current = true;
    setCurrent(index);
  };
  const entry = preview.items[current]!;
  const value = responses[entry.id] ?? null;
  const done = total !== null;
  const states: TNavState[] = preview.items.map((item) => {
    const c = checked[item.id];
    if (c) return c.result.correct ? "right" : c.result.score > 0 ? "partial" : "wrong";
    return responses[item.id] ? "answered" : "empty";
  });

  async function run(itemIds: string[]) {
    setMessage(null);
    try {
      const out = await check.mutateAsync({
        assignmentId: preview.assignmentId,
        seed: preview.seed,
        responses: itemIds.map((itemId) => ({ itemId, response: responses[itemId] ?? null })),
      });
      setChecked((old) => ({ ...old, ...Object.fromEntries(out.items.map((i) => [i.itemId, i])) }));
      return out;
    } catch (e) {
      setMessage(errorCode(e).code === "NETWORK" ? t("network") : t("failed"));
      return null;
    }
  }

  async function submitAll() {
    const out = await run(preview.items.map((i) => i.id));
    if (out) setTotal({ score: out.score, maxScore: out.maxScore });
  }

  const shown = checked[entry.id];
  return (
    <>
      <h1 className="mb-3 flex flex-wrap items-center gap-3 font-serif text-2xl font-bold sm:text-3xl">
        {preview.title}
        <span className="rounded-full border border-sky-800 bg-sky-50 px-3 py-0.5 font-sans text-sm font-semibold text-sky-900">
          {t("badge")}
        </span>
      </h1>
      <p role="note" className="mb-5 rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950">
        {t("banner")}
      </p>
      <div className="space-y-5">
        <div className="flex flex-wrap items-center gap-3">
          {deadline && !done && (
            <div className="ml-auto">
              <Countdown deadline={deadline} serverNow={startedAt} onExpire={() => void submitAll()} />
            </div>
          )}
        </div>
        {done && (
          <section className="card space-y-3" aria-labelledby="preview-result">
            <h2
              id="preview-result"
              ref={resultsRef}
              tabIndex={-1}
              className="text-xl font-semibold focus:outline-none"
            >
              {t("score", {
                score: formatPoints(total.score, locale),
                max: formatPoints(total.maxScore, locale),
              })}
            </h2>
            <p className="text-muted">{t("scoreNote")}</p>
            <button type="button" className="btn-secondary" onClick={onRestart}>
              {t("again")}
            </button>
          </section>
        )}
        <QuestionNav states={states} current={current} onSelect={goTo} />
        <section className="card space-y-5" aria-labelledby="question-heading">
          <p
            id="question-heading"
            ref={heading}
            tabIndex={-1}
            className="text-muted text-sm font-medium focus:outline-none"
          >
            {ta("question", { n: current + 1, total: preview.items.length })}
          </p>
          <ItemPrompt item={entry} locale={locale} />
          <ItemInput
            key={entry.id}
            item={entry}
            value={value}
            onChange={(response) => {
              setResponses((old) => ({ ...old, [entry.id]: response }));
              setChecked((old) => {
                const { [entry.id]: _dropped, ...rest } = old;
                return rest;
              });
            }}
            disabled={done}
            reveal={shown?.reveal ?? null}
            locale={locale}
          />
          {shown && (
            <FeedbackPanel
              result={shown.result}
              reveal={shown.reveal}
              locale={locale}
              paragraphHref={paragraphHref}
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
              {ta("prev")}
            </button>
            {!done && !shown && (
              <button
                type="button"
                className="btn-secondary"
                disabled={check.isPending}
                onClick={() => void run([entry.id])}
              >
                {check.isPending ? ta("checking") : t("check")}
              </button>
            )}
            {current < preview.items.length - 1 && (
              <button type="button" className="btn-primary" onClick={() => goTo(current + 1)}>
                {ta("next")}
              </button>
            )}
            {!done && (
              <button
                type="button"
                className="btn-secondary ml-auto"
                disabled={check.isPending}
                onClick={() => void submitAll()}
              >
                {t("submit")}
              </button>
            )}
          </div>
        </section>
      </div>
    </>
  );
}
