import { accommodationParts } from "../../_results/accommodation-text";

const KEYS = {
  accommodationPercent: "percent",
  accommodationTime: "minutes",
  accommodationAttempts: "attempts",
} as const;

/** 「加時 25%，加 1 次作答」: the parts above zero, in `classes.member`'s words; empty for none. */
export function standingText(
  t: (key: "percent" | "minutes" | "attempts" | "separator", values?: Record<string, number>) => string,
  standing: { extraTimeMinutes: number; extraTimePercent: number; extraAttempts: number },
) {
  return accommodationParts(standing)
    .map((part) => t(KEYS[part.key], part.values))
    .join(t("separator"));
}
