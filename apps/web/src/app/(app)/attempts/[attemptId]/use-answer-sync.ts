"use client";

import type { TResponse } from "@dc/content";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { classifySaveFailure, isStop, type TStop } from "./save-failure";
import { edit, markFailed, markSaved, markSending, restore, unsaved, type TQueue } from "./save-queue";

const DEBOUNCE_MS = 600;
const RETRY_MS = 4000;

const storageKey = (attemptId: string) => `dc:attempt:${attemptId}:unsaved`;

function load(attemptId: string): TQueue {
  try {
    return JSON.parse(localStorage.getItem(storageKey(attemptId)) ?? "{}") as TQueue;
  } catch {
    return {};
  }
}

/**
 * Saves answers as they are given: debounced, retried until the server confirms, kept in
 * localStorage meanwhile so that a reload or a closed laptop loses nothing, and sent when the
 * connection returns. Revisions make every resend harmless.
 */
export function useAnswerSync(attemptId: string, serverRevisions: Record<string, number>, active: boolean) {
  const trpc = useTRPC();
  const save = useMutation(trpc.attempt.save.mutationOptions());
  const [queue, setQueue] = useState<TQueue>({});
  const [online, setOnline] = useState(true);
  const [stop, setStop] = useState<TStop | null>(null);
  const [rejected, setRejected] = useState<Record<string, string>>({});
  const queueRef = useRef<TQueue>({});
  const revisionsRef = useRef(serverRevisions);
  revisionsRef.current = serverRevisions;
  const flushing = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const update = useCallback(
    (fn: (q: TQueue) => TQueue) => {
      queueRef.current = fn(queueRef.current);
      setQueue(queueRef.current);
      const pending = Object.fromEntries(unsaved(queueRef.current));
      if (Object.keys(pending).length) localStorage.setItem(storageKey(attemptId), JSON.stringify(pending));
      else localStorage.removeItem(storageKey(attemptId));
    },
    [attemptId],
  );

  // Answers this browser kept from before a reload, that the server has not got, go out again.
  useEffect(() => {
    update(() => restore(load(attemptId), revisionsRef.current));
  }, [attemptId, update]);

  const sendAll = useCallback(async () => {
    for (const [itemId, entry] of unsaved(queueRef.current)) {
      if (entry.state === "sending") continue;
      update((q) => markSending(q, itemId, entry.revision));
      try {
        const saved = await save.mutateAsync({
          attemptId,
          itemId,
          response: entry.response,
          revision: entry.revision,
        });
        update((q) => markSaved(q, itemId, saved.revision));
        setOnline(true);
      } catch (error) {
        update((q) => markFailed(q, itemId, entry.revision));
        const failure = classifySaveFailure(error);
        if (failure === "network" || failure === "retry") {
          // Kept, and sent again by the retry below (the server may be restarting).
          setOnline(failure === "retry");
          return;
        }
        const code = (error as Error).message;
        if (failure === "stop" && isStop(code)) {
          setStop(code);
          return;
        }
        // Refused for this item only (e.g. malformed): keep the rest flowing and say so.
        update((q) => markSaved(q, itemId, entry.revision));
        setRejected((r) => ({ ...r, [itemId]: code }));
      }
    }
  }, [attemptId, save, update]);

  /** Sends everything unsaved now; resolves when the server has it all or the network is gone. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    while (flushing.current) await flushing.current;
    flushing.current = sendAll().finally(() => (flushing.current = null));
    await flushing.current;
    return unsaved(queueRef.current).length === 0;
  }, [sendAll]);

  const setResponse = useCallback(
    (itemId: string, response: TResponse) => {
      if (!active) return;
      update((q) => edit(q, itemId, response, revisionsRef.current[itemId] ?? 0));
      setRejected(({ [itemId]: _, ...rest }) => rest);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [active, flush, update],
  );

  // Retry while anything is unsaved, and at once when the browser says the network is back.
  useEffect(() => {
    const retry = () => {
      if (unsaved(queueRef.current).length) void flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", retry);
    window.addEventListener("offline", goOffline);
    const interval = setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("offline", goOffline);
      clearInterval(interval);
    };
  }, [flush]);

  /** The server made this item's answer final (a practice check): nothing of it is left to send. */
  const settle = useCallback((itemId: string) => update(({ [itemId]: _, ...rest }) => rest), [update]);

  const pending = unsaved(queue).length;
  return { queue, setResponse, flush, settle, online, pending, stop, rejected };
}
