/** What is left until a due time, in the largest two units that matter ("2 天 3 小時", "45 分鐘"). */
export type TCountdown =
  | { unit: "days"; days: number; hours: number }
  | { unit: "hours"; hours: number; minutes: number }
  | { unit: "minutes"; minutes: number }
  | { unit: "overdue" };

export function countdown(dueAt: number, now: number): TCountdown {
  const ms = dueAt - now;
  if (ms <= 0) return { unit: "overdue" };
  const minutes = Math.ceil(ms / 60_000); // "1 minute left" until the very end, never "0 minutes"
  if (minutes < 60) return { unit: "minutes", minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: "hours", hours, minutes: minutes % 60 };
  return { unit: "days", days: Math.floor(hours / 24), hours: hours % 24 };
}

/** Under a day left: the countdown is shown as urgent. */
export const isUrgent = (c: TCountdown) => c.unit === "hours" || c.unit === "minutes" || c.unit === "overdue";
