"use client";

import type { TResponse } from "@dc/content";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";
import {
  checkBlocker,
  checkRevision,
  finishAction,
  initialIndex,
  navStates,
  offersCheck,
  shownResponse,
  withCleared,
  type TAttemptView,
} from "./player-state";
import { useAnswerSync } from "./use-answer-sync";

/**
 * The state of an attempt in progress: the current question, answers (saved through the save
 * queue), practice checks and submission. Its decisions are the pure functions of player-state.ts;
 * this hook holds the state and talks to the server. The views (in-progress.tsx) only render it.
 */
export function useAttemptPlayer(view: TAttemptView) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("attempt");
  const edge = useEdgeMessages();
  const serverRevisions = useMemo(
    () => Object.fromEntries(view.items.map((e) => [e.item.id, e.answer?.revision ?? 0])),
    [view.items],
  );
  const sync = useAnswerSync(view.id, serverRevisions, true);
  const [current, setCurrent] = useState(() => initialIndex(view.items));
  const [message, setMessage] = useState<string | null>(null);
  // Fields the learner emptied: shown empty here; the server keeps the last real answer.
  const [cleared, setCleared] = useState<ReadonlySet<string>>(new Set());
  const queryKey = trpc.attempt.get.queryKey({ attemptId: view.id });

  // "always": offline, a check fails at once with a message instead of waiting, paused, for the network.
  const check = useMutation({ ...trpc.attempt.check.mutationOptions(), networkMode: "always" });
  const submit = useMutation(
    trpc.attempt.submit.mutationOptions({ onSuccess: (next) => queryClient.setQueryData(queryKey, next) }),
  );
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

  const responseAt = (i: number): TResponse | null => shownResponse(view.items[i]!, sync.queue, cleared);

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
  const value = responseAt(current);
  const states = navStates(view.items, responseAt);

  function onChange(response: TResponse | null) {
    const id = entry.item.id;
    setCleared((c) => withCleared(c, id, response));
    if (response) sync.setResponse(id, response);
  }

  async function onCheck() {
    const blocked = checkBlocker(value, sync.online);
    if (blocked || !value) {
      setMessage(t(blocked ?? "checkNeedsAnswer"));
      return;
    }
    setMessage(null);
    try {
      await check.mutateAsync({
        attemptId: view.id,
        itemId: entry.item.id,
        response: value,
        revision: checkRevision(entry, sync.queue),
      });
      sync.settle(entry.item.id);
      await queryClient.invalidateQueries({ queryKey });
    } catch (error) {
      const network = !(error instanceof TRPCClientError) || !error.data;
      setMessage(edge.refusal(error) ?? (network ? t("offlineCheck") : t("errors.generic")));
    }
  }

  return {
    sync,
    current,
    goTo,
    entry,
    value,
    states,
    unanswered: states.filter((s) => s === "empty").length,
    finish: finishAction(view),
    offersCheck: offersCheck(view, entry),
    message,
    onChange,
    onCheck,
    doSubmit,
    checking: check.isPending,
    submitting: submit.isPending,
    questionHeading,
  };
}
