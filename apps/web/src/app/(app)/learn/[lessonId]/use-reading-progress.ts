import type { TLessonId } from "@dc/content/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { saveWithKeepalive, type TSaveInput } from "./keepalive-save";
import { countSeen, mergeReading, type TReading } from "./progress-merge";
import { DWELL_MS, isBeingRead, THRESHOLDS } from "./visibility";

const SAVE_DELAY_MS = 1500;
const SAVE_MAX_WAIT_MS = 6000; // steady reading still saves at least this often
const RETRY_DELAY_MS = 10_000;
const MAX_IDS_PER_SAVE = 40;

/**
 * Watches the paragraphs under `root` (elements with `data-reading-paragraph` and a paragraph id):
 * one that stays readable for a second counts as seen and becomes the place to come back to. Seen
 * paragraphs are saved in batches, a moment after the last one, and whatever is pending when the page
 * goes away is sent with a keepalive request.
 */
export function useReadingProgress(
  lessonId: TLessonId,
  paragraphIds: readonly string[],
  root: RefObject<HTMLElement | null>,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.reading.get.queryOptions({ lessonId }));
  const [seenHere, setSeenHere] = useState<ReadonlySet<string>>(() => new Set());

  const onSaved = (data: TReading) => {
    queryClient.setQueryData(trpc.reading.get.queryKey({ lessonId }), (old: TReading | undefined) =>
      mergeReading(old, data),
    );
    void queryClient.invalidateQueries({ queryKey: trpc.reading.list.queryKey() });
  };
  const save = useMutation(trpc.reading.save.mutationOptions({ onSuccess: onSaved }));
  const complete = useMutation(trpc.reading.save.mutationOptions({ onSuccess: onSaved }));

  const pending = useRef(new Set<string>());
  const pendingLast = useRef<string | undefined>(undefined);
  const reported = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waitingSince = useRef(0);
  const { mutate } = save;

  // Paragraphs the server already has need not be sent again.
  useEffect(() => {
    for (const id of query.data?.seenParagraphIds ?? []) reported.current.add(id);
  }, [query.data]);

  /** Takes what is pending into a save input (or nothing when there is nothing to save). */
  const takePending = useCallback((): TSaveInput | null => {
    const ids = [...pending.current].slice(0, MAX_IDS_PER_SAVE);
    const last = pendingLast.current;
    if (!ids.length && !last) return null;
    for (const id of ids) pending.current.delete(id);
    pendingLast.current = undefined;
    return { lessonId, seenParagraphIds: ids, ...(last ? { lastParagraphId: last } : {}) };
  }, [lessonId]);

  const flush = useCallback(
    (mode: "normal" | "keepalive") => {
      clearTimeout(timer.current);
      timer.current = undefined;
      const input = takePending();
      if (!input) return;
      if (mode === "keepalive") {
        saveWithKeepalive(input);
        return;
      }
      mutate(input, {
        onError: () => {
          // Put it back and try again later; the next seen paragraph or leaving the page also sends it.
          for (const id of input.seenParagraphIds) pending.current.add(id);
          pendingLast.current ??= input.lastParagraphId;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => flush("normal"), RETRY_DELAY_MS);
        },
      });
    },
    [mutate, takePending],
  );

  // Watch the paragraphs.
  useEffect(() => {
    const elements = root.current?.querySelectorAll<HTMLElement>("[data-reading-paragraph]") ?? [];
    const dwell = new Map<string, ReturnType<typeof setTimeout>>();
    const markRead = (id: string) => {
      dwell.delete(id);
      setSeenHere((seen) => (seen.has(id) ? seen : new Set(seen).add(id)));
      pendingLast.current = id;
      if (!reported.current.has(id)) {
        reported.current.add(id);
        pending.current.add(id);
      }
      // Debounced, but a save already waiting too long is not pushed back again.
      if (timer.current && Date.now() - waitingSince.current > SAVE_MAX_WAIT_MS) return;
      if (!timer.current) waitingSince.current = Date.now();
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush("normal"), SAVE_DELAY_MS);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.id;
          if (isBeingRead(entry)) {
            if (!dwell.has(id))
              dwell.set(
                id,
                setTimeout(() => markRead(id), DWELL_MS),
              );
          } else {
            clearTimeout(dwell.get(id));
            dwell.delete(id);
          }
        }
      },
      { threshold: THRESHOLDS },
    );
    for (const element of elements) observer.observe(element);
    return () => {
      observer.disconnect();
      for (const pendingTimer of dwell.values()) clearTimeout(pendingTimer);
    };
  }, [root, flush]);

  // Send what is pending when the page goes away or is hidden, and when leaving the lesson.
  useEffect(() => {
    const onHide = () => flush("keepalive");
    const onVisibility = () => document.visibilityState === "hidden" && flush("keepalive");
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted)
        void queryClient.invalidateQueries({ queryKey: trpc.reading.get.queryKey({ lessonId }) });
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("pageshow", onShow);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("pageshow", onShow);
      document.removeEventListener("visibilitychange", onVisibility);
      flush("normal");
    };
  }, [flush, queryClient, trpc, lessonId]);

  const markCompleted = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const input = takePending() ?? { lessonId, seenParagraphIds: [] };
    complete.mutate(
      { ...input, completed: true },
      {
        onError: () => {
          // Keep what was seen for the next save; the button stays for another try.
          for (const id of input.seenParagraphIds) pending.current.add(id);
          pendingLast.current ??= input.lastParagraphId;
        },
      },
    );
  };

  return {
    data: query.data,
    seen: countSeen(paragraphIds, query.data?.seenParagraphIds ?? [], seenHere),
    total: paragraphIds.length,
    completedAt: query.data?.completedAt ?? null,
    saveFailed: save.isError && !save.isPending,
    markCompleted,
    completing: complete.isPending,
    completeFailed: complete.isError,
  };
}
