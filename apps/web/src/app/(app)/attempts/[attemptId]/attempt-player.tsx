"use client";

import type { RouterOutputs } from "@dc/api";
import type { TResponse } from "@dc/content";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FeedbackPanel, ItemInput, ItemPrompt } from "~/components/items";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";
import { ScriptSwitch } from "../../learn/[lessonId]/script-switch";
import { AttemptResults } from "./attempt-results";
import { Countdown } from "./countdown";
import { paragraphHref } from "~/lib/paragraph-href";
import { QuestionNav, type TNavState } from "./question-nav";
import { SaveStatus } from "./save-status";
import { useAnswerSync } from "./use-answer-sync";

type TView = RouterOutputs["attempt"]["get"];

export function AttemptPlayer({ attemptId }: { attemptId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("attempt");
  const query = useQuery(trpc.attempt.get.queryOptions({ attemptId }, { refetchOnWindowFocus: false }));
  if (query.isPending) return <p role="status">{t("questions")}…</p>;
  if (query.isError) {
    const code = query.error.message;
    return (
      <p role="alert" className="card text-accent-dark">
        {code === "ATTEMPT_NOT_FOUND" ? t("errors.ATTEMPT_NOT_FOUND") : t("loadError")}
      </p>
    );
  }
  return <AttemptView view={query.data} />;
}

function AttemptView({ view }: { view: TView }) {
  const t = useTranslations("attempt");
  // Submitted here and now (not opened as submitted): the results take the focus, so a screen reader says so.
  const [openedInProgress] = useState(view.status !== "SUBMITTED");
  const title =
    view.kind === "REVIEW"
      ? t("reviewTitle")
      : view.kind === "ASSIGNMENT"
        ? (view.assignmentTitle ?? t("kindASSIGNMENT"))
        : t("lessonTitle", { n: view.lessonId ?? 0, kind: t(`kind${view.kind}`) });
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{title}</h1>
        {/* 繁體/简体 for the questions too: the server sends them in the chosen script. */}
        <div className="ml-auto">
          <ScriptSwitch />
        </div>
      </div>
      {view.status === "SUBMITTED" ? (
        <Submitted view={view} focusResults={openedInProgress} />
      ) : (
        <InProgress view={view} />
      )}
    </div>
  );
}

function Submitted({ view, focusResults }: { view: TView; focusResults: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("attempt");
  const start = useMutation(trpc.attempt.startLesson.mutationOptions());
  const again =
    view.lessonId !== null && (view.kind === "PRACTICE" || view.kind === "QUIZ")
      ? async () => {
          const next = await start.mutateAsync({
            kind: view.kind as "PRACTICE" | "QUIZ",
            lessonId: view.lessonId as 0,
          });
          router.push(`/attempts/${next.id}`);
        }
      : undefined;
  return (
    <>
      {view.autoSubmitted && (
        <p role="status" className="border-warn text-warn mb-4 rounded-lg border bg-orange-50 px-4 py-3">
          {t("expired")}
        </p>
      )}
      <AttemptResults view={view} onAgain={again} focusOnMount={focusResults} />
    </>
  );
}

function InProgress({ view }: { view: TView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("attempt");
  const locale = useLocale();
  const checksEach = view.kind === "PRACTICE" || view.kind === "REVIEW";
  const serverRevisions = useMemo(
    () => Object.fromEntries(view.items.map((e) => [e.item.id, e.answer?.revision ?? 0])),
    [view.items],
  );
  const sync = useAnswerSync(view.id, serverRevisions, true);
  const [current, setCurrent] = useState(() =>
    Math.max(
      0,
      view.items.findIndex((e) => !e.final && !e.answer),
    ),
  );
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // Fields the learner emptied: shown empty here; the server keeps the last real answer.
  const [cleared, setCleared] = useState<ReadonlySet<string>>(new Set());
  const dialog = useRef<HTMLDialogElement>(null);
  const queryKey = trpc.attempt.get.queryKey({ attemptId: view.id });

  const edge = useEdgeMessages();
  // "always": offline, a check fails at once with a message instead of waiting, paused, for the network.
  const check = useMutation({ ...trpc.attempt.check.mutationOptions(), networkMode: "always" });
  const questionHeading = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const goTo = (index: number) => {
    moved.current = true;
    setCurrent(index);
  };
  // After moving to another question the focus goes to its heading (it fell to <body> when the
  // button pressed disappeared), so a screen reader announces the new question.
  useEffect(() => {
    if (moved.current) questionHeading.current?.focus();
  }, [current]);
  const submit = useMutation(
    trpc.attempt.submit.mutationOptions({ onSuccess: (next) => queryClient.setQueryData(queryKey, next) }),
  );

  const responseOf = (i: number): TResponse | null => {
    const entry = view.items[i]!;
    if (cleared.has(entry.item.id)) return null;
    return sync.queue[entry.item.id]?.response ?? (entry.answer?.response as TResponse | undefined) ?? null;
  };

  const doSubmit = useCallback(async () => {
    setMessage(null);
    await sync.flush();
    try {
      await submit.mutateAsync({ attemptId: view.id });
    } catch (error) {
      setMessage(error instanceof TRPCClientError && error.data ? t("errors.generic") : t("errors.NETWORK"));
    }
  }, [submit, sync, t, view.id]);

  // The server refused a save because the attempt is over: show what it recorded.
  useEffect(() => {
    if (sync.stop) void queryClient.invalidateQueries({ queryKey });
  }, [sync.stop, queryClient, queryKey]);

  const entry = view.items[current]!;
  const value = responseOf(current);
  const states: TNavState[] = view.items.map((e, i) => {
    if (e.result) return e.result.correct ? "right" : e.result.score > 0 ? "partial" : "wrong";
    return responseOf(i) ? "answered" : "empty";
  });
  const unanswered = states.filter((s) => s === "empty").length;
  const allChecked = view.items.every((e) => e.final);

  async function onCheck() {
    if (!value) {
      setMessage(t("checkNeedsAnswer"));
      return;
    }
    if (!sync.online) {
      setMessage(t("offlineCheck"));
      return;
    }
    setMessage(null);
    const revision = (sync.queue[entry.item.id]?.revision ?? entry.answer?.revision ?? 0) + 1;
    try {
      await check.mutateAsync({ attemptId: view.id, itemId: entry.item.id, response: value, revision });
      sync.settle(entry.item.id);
      await queryClient.invalidateQueries({ queryKey });
    } catch (error) {
      const network = !(error instanceof TRPCClientError) || !error.data;
      setMessage(edge.refusal(error) ?? (network ? t("offlineCheck") : t("errors.generic")));
    }
  }

  const openConfirm = () => {
    setConfirming(true);
    dialog.current?.showModal();
  };
  const closeConfirm = () => {
    setConfirming(false);
    dialog.current?.close();
  };

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
          onChange={(response) => {
            const id = entry.item.id;
            setCleared((c) => {
              const next = new Set(c);
              if (response) next.delete(id);
              else next.add(id);
              return next;
            });
            if (response) sync.setResponse(id, response);
          }}
          disabled={entry.final}
          reveal={entry.reveal}
          locale={locale}
        />
        {sync.rejected[entry.item.id] && (
          <p role="alert" className="text-accent-dark">
            {t("rejected")}
          </p>
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
          {checksEach && !entry.final && (
            <button
              type="button"
              className="btn-primary"
              onClick={() => void onCheck()}
              disabled={check.isPending}
            >
              {check.isPending ? t("checking") : t("check")}
            </button>
          )}
          {current < view.items.length - 1 && (
            <button
              type="button"
              className={checksEach && !entry.final ? "btn-secondary" : "btn-primary"}
              onClick={() => goTo(current + 1)}
            >
              {t("next")}
            </button>
          )}
          <button
            type="button"
            className={`ml-auto ${checksEach && allChecked ? "btn-primary" : "btn-secondary"}`}
            data-testid="finish-attempt"
            // Review has no score to lose: stopping keeps what was checked, the rest waits (no exam dialog).
            onClick={
              (checksEach && allChecked) || view.kind === "REVIEW" ? () => void doSubmit() : openConfirm
            }
            disabled={submit.isPending}
          >
            {submit.isPending
              ? t("submitting")
              : view.kind === "PRACTICE"
                ? t("finishPractice")
                : view.kind === "REVIEW"
                  ? t("finishReview")
                  : t("submit")}
          </button>
        </div>
      </section>

      <dialog
        ref={dialog}
        aria-labelledby="confirm-title"
        onClose={() => setConfirming(false)}
        className="border-line m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border p-6 backdrop:bg-black/40"
      >
        {confirming && (
          <>
            <h2 id="confirm-title" className="font-serif text-xl font-bold">
              {t("confirmTitle")}
            </h2>
            <p className="mt-2">{t("confirmBody")}</p>
            {unanswered > 0 && (
              <p className="text-accent-dark mt-2 font-medium">
                {t("confirmUnanswered", { count: unanswered })}
              </p>
            )}
            <div className="mt-5 flex justify-end gap-2">
              <button type="button" className="btn-secondary" onClick={closeConfirm} autoFocus>
                {t("confirmCancel")}
              </button>
              <button
                type="button"
                className="btn-primary"
                onClick={() => {
                  closeConfirm();
                  void doSubmit();
                }}
              >
                {t("confirmSubmit")}
              </button>
            </div>
          </>
        )}
      </dialog>
    </div>
  );
}
