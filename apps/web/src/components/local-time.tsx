"use client";

import { useNow } from "~/lib/client-time";
import { formatDateTime, relativeTime } from "~/lib/dates";
import { dateTimeFormat } from "~/lib/intl-formats";

type Props = {
  date: Date;
  locale: string;
  /** The day only ("2026年3月9日"), for join dates. */
  dateOnly?: boolean;
  /** Adds how far it is from now ("3 天後", "in 3 days"), kept current. */
  relative?: boolean;
};

/**
 * An instant in the reader's own time zone. The server does not know that zone, so the text
 * appears once the page runs in the browser (the `<time>` element carries the instant throughout).
 */
export function LocalTime({ date, locale, dateOnly = false, relative = false }: Props) {
  const now = useNow();
  if (now === null) return <time dateTime={date.toISOString()} />;
  const exact = dateOnly
    ? dateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" }).format(date)
    : formatDateTime(date, locale);
  if (!relative) return <time dateTime={date.toISOString()}>{exact}</time>;
  const from = relativeTime(date, now, locale);
  return (
    <time dateTime={date.toISOString()}>
      {exact}
      <span className="text-muted">{locale === "en" ? ` (${from})` : `（${from}）`}</span>
    </time>
  );
}
