"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import { useRelativeTime } from "~/lib/client-time";
import { formatDateTime } from "~/lib/dates";

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/** True in the browser after hydration; the server does not know the teacher's time zone. */
export function useIsClient(): boolean {
  return useSyncExternalStore(noSubscription, isClient, isServer);
}

/**
 * An instant in the teacher's own time zone (rendered in the browser only, so the server's zone
 * never shows), optionally followed by how far it is from now ("in 3 hours").
 */
export function LocalTime({
  date,
  relative = false,
  withYear = true,
}: {
  date: Date;
  relative?: boolean;
  withYear?: boolean;
}) {
  const locale = useLocale();
  const client = useIsClient();
  const ago = useRelativeTime(relative ? date : null);
  return (
    <time dateTime={date.toISOString()}>
      {client ? formatDateTime(date, locale, undefined, withYear) : ""}
      {relative && ago ? (
        <span className="text-muted">{locale === "en" ? ` (${ago})` : `（${ago}）`}</span>
      ) : null}
    </time>
  );
}
