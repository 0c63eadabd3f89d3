"use client";

import { useTranslations } from "next-intl";
import { useNow } from "~/lib/client-time";
import { countdown, isUrgent } from "./countdown";

/**
 * A live countdown to a due time (refreshed with the page's clock). The server renders only the
 * `<time>`; the words follow in the browser, whose clock and zone they are.
 */
export function DueCountdown({ dueAt }: { dueAt: Date }) {
  const t = useTranslations("studentHome");
  const now = useNow();
  if (now === null) return <time dateTime={dueAt.toISOString()} />;
  const left = countdown(dueAt.getTime(), now);
  const text =
    left.unit === "overdue"
      ? t("pastDue")
      : left.unit === "days"
        ? t("leftDays", { days: left.days, hours: left.hours })
        : left.unit === "hours"
          ? t("leftHours", { hours: left.hours, minutes: left.minutes })
          : t("leftMinutes", { minutes: left.minutes });
  return (
    <time
      dateTime={dueAt.toISOString()}
      className={isUrgent(left) ? "text-accent-dark font-semibold" : "text-muted"}
      data-testid="due-countdown"
    >
      {text}
    </time>
  );
}
