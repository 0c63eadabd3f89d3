import { numberFormat } from "~/lib/intl-formats";
/*
 * Pure helpers of the teacher's results pages: number formats, the bands that put a figure into
 * words, and misconception tags made readable. No React.
 */

/** Below this many students the item statistics swing with one student's answers. */
export const SMALL_CLASS = 20;

/** How often the live pages ask the server again, in ms. */
export const POLL_MS = 5_000;

/** A percentage given as 0..100 ("62.5" → "63%"); `digits` decimals at most. */
export function formatPercent100(percent: number, locale: string, digits = 0): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(percent / 100);
}

/** A share given as 0..1 ("0.5" → "50%"). */
export const formatShare = (share: number, locale: string, digits = 0) =>
  formatPercent100(share * 100, locale, digits);

/** A score with at most two decimals, without trailing zeros (partial credit gives 2.5). */
export function formatPoints(points: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(points);
}

/** A correlation-like index with a sign and two decimals ("+0.42", "−0.10", "0.00"). */
export function formatIndex(value: number, locale: string): string {
  const rounded = Math.round(value * 100) / 100;
  return numberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  }).format(rounded === 0 ? 0 : rounded);
}

export type TFacilityBand = "hard" | "moderate" | "easy";

/** Under 30% right is hard, over 90% easy (common rules of thumb for classroom tests). */
export function facilityBand(facility: number): TFacilityBand {
  if (facility < 0.3) return "hard";
  if (facility > 0.9) return "easy";
  return "moderate";
}

export type TDiscriminationBand = "negative" | "poor" | "fair" | "good";

/**
 * Ebel's guide for an item's discrimination: 0.3 or more separates strong from weak students well,
 * 0.2–0.3 fairly, under 0.2 poorly; a negative value means weak students did better (check the key).
 */
export function discriminationBand(value: number): TDiscriminationBand {
  if (value < 0) return "negative";
  if (value < 0.2) return "poor";
  if (value < 0.3) return "fair";
  return "good";
}

/** "wrong-meeting" → "Wrong meeting": a kebab-case tag as words, for tags without a written label. */
export function humaniseTag(tag: string): string {
  const words = tag.split("-").filter(Boolean).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A prompt cut to `max` characters (on a character, not a UTF-16 unit), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join("").trimEnd()}…`;
}
