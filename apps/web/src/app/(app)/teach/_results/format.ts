import { numberFormat } from "~/lib/intl-formats";
/*
 * Pure helpers of the teacher's results pages: number formats, the bands that put a figure into
 * words, and misconception tags made readable. No React.
 */

/** Below this many students the item statistics swing with one student's answers: they are greyed. */
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

/**
 * Read on the facility as the mean score (Moodle's facility index, partial credit counted): under 30%
 * is hard, over 90% easy (common rules of thumb for classroom tests).
 */
export function facilityBand(facility: number): TFacilityBand {
  if (facility < 0.3) return "hard";
  if (facility > 0.9) return "easy";
  return "moderate";
}

export type TDiscriminationBand = "negative" | "veryWeak" | "weak" | "adequate" | "veryGood";

/**
 * Bands for the item-rest correlation (Moodle's discrimination index), from Moodle's quiz statistics
 * guide: 0.50 or more very good, 0.30–0.49 adequate, 0.20–0.29 weak, under 0.20 very weak; a negative
 * value means weaker students did better (check the key). Not for the upper-lower index, which runs
 * higher and has its own scale (Ebel & Frisbie); the page shows the correlation only.
 */
export function discriminationBand(value: number): TDiscriminationBand {
  if (value < 0) return "negative";
  if (value < 0.2) return "veryWeak";
  if (value < 0.3) return "weak";
  if (value < 0.5) return "adequate";
  return "veryGood";
}

export type TAlphaBand = "satisfactory" | "marginal" | "unsatisfactory";

/**
 * Moodle's guide for a test's internal consistency (coefficient alpha): 0.75 or more satisfactory,
 * under 0.64 unsatisfactory, in between marginal.
 */
export function alphaBand(alpha: number): TAlphaBand {
  if (alpha >= 0.75) return "satisfactory";
  if (alpha >= 0.64) return "marginal";
  return "unsatisfactory";
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
