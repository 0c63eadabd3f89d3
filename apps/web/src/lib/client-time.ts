"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import { relativeTime } from "~/lib/dates";

/*
 * The browser's clock, read without a hydration mismatch: the server render gets null, and the
 * browser's time arrives right after hydration.
 */

const TICK_MS = 30_000;
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribeToClock(listener: () => void) {
  now = Date.now(); // a component mounted after a pause must not show a stale time
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const readClock = () => (now ||= Date.now());

/** The current time in ms, refreshed every 30 seconds so relative times stay right; null on the server. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribeToClock, readClock, () => null);
}

/** "3 小時後" / "in 3 hours" from now in the interface language, kept current; null on the server or without a date. */
export function useRelativeTime(date: Date | null): string | null {
  const now = useNow();
  const locale = useLocale();
  return date && now !== null ? relativeTime(date, now, locale) : null;
}
