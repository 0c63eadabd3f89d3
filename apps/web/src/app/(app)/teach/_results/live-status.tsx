"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ANNOUNCE_GAP_MS, freshness, namesOf, newSubmissions, type TSubmission } from "./live";

/** The current time, refreshed every `ms`; null on the server and in the first client render. */
function useTicker(ms: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, ms);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [ms]);
  return now;
}

/**
 * What to say about newly submitted work: nothing for what was already there when the page
 * opened, then the names of students whose work arrived, gathered so that announcements come at
 * most every ANNOUNCE_GAP_MS however often the page polls.
 */
export function useSubmissionAnnouncer(submissions: readonly TSubmission[] | undefined): string {
  const t = useTranslations("results.live");
  const seen = useRef<Set<string> | null>(null);
  const pending = useRef<TSubmission[]>([]);
  const lastAnnounced = useRef(0);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (!submissions) return;
    if (seen.current === null) {
      seen.current = new Set(submissions.map((s) => s.key));
      return;
    }
    const fresh = newSubmissions(seen.current, submissions);
    for (const s of fresh) seen.current.add(s.key);
    pending.current.push(...fresh);
    if (!pending.current.length) return;
    const wait = Math.max(0, lastAnnounced.current + ANNOUNCE_GAP_MS - Date.now());
    const timer = setTimeout(() => {
      const names = namesOf(pending.current);
      pending.current = [];
      lastAnnounced.current = Date.now();
      setMessage(
        names.length <= 3
          ? t("announceNames", { names: names.join(t("nameSeparator")), count: names.length })
          : t("announceCount", { count: names.length }),
      );
    }, wait);
    return () => clearTimeout(timer);
  }, [submissions, t]);

  return message;
}

/**
 * "Updated just now" beside a live table, and a polite live region for new submissions. The
 * freshness text itself is not announced (it changes every few seconds).
 */
export function LiveStatus({
  updatedAt,
  failed,
  announcement,
}: {
  /** When the data on screen arrived (ms), as react-query's dataUpdatedAt. */
  updatedAt: number;
  /** The last poll failed: the data on screen is getting old. */
  failed: boolean;
  announcement: string;
}) {
  const t = useTranslations("results.live");
  const now = useTicker(5_000);
  const age = now === null ? null : freshness(updatedAt, now);
  const text =
    age === null
      ? t("live")
      : age.kind === "justNow"
        ? t("justNow")
        : age.kind === "seconds"
          ? t("secondsAgo", { seconds: age.seconds })
          : t("minutesAgo", { minutes: age.minutes });
  return (
    <div className="flex items-center gap-2 text-sm">
      <span
        aria-hidden
        className={`inline-block size-2.5 shrink-0 rounded-full ${failed ? "bg-warn" : "bg-ok animate-pulse motion-reduce:animate-none"}`}
      />
      <span className={failed ? "text-warn font-medium" : "text-muted"} data-testid="live-status">
        {failed ? t("failed", { when: text }) : text}
      </span>
      <span className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-announcement">
        {announcement}
      </span>
    </div>
  );
}
