/*
 * Pure rules of the live pages: how fresh the data on screen is, and which submissions are new
 * since the last poll (announced to screen-reader users, sparingly).
 */

/** A piece of submitted work: `key` is unique per student and assignment (and changes with a better attempt). */
export type TSubmission = { key: string; name: string };

/** Announcements wait at least this long after the previous one; what arrives meanwhile is gathered. */
export const ANNOUNCE_GAP_MS = 15_000;

/** Data younger than this is "just updated". */
export const FRESH_MS = 15_000;

export type TFreshness =
  | { kind: "justNow" }
  | { kind: "seconds"; seconds: number }
  | { kind: "minutes"; minutes: number };

/** How long ago the data on screen arrived, in the words the page shows. */
export function freshness(updatedAt: number, now: number): TFreshness {
  const age = Math.max(0, now - updatedAt);
  if (age < FRESH_MS) return { kind: "justNow" };
  if (age < 60_000) return { kind: "seconds", seconds: Math.floor(age / 1000) };
  return { kind: "minutes", minutes: Math.floor(age / 60_000) };
}

/** The submissions of `current` not in `seen` (the keys already known), in `current`'s order. */
export function newSubmissions(seen: ReadonlySet<string>, current: readonly TSubmission[]): TSubmission[] {
  return current.filter((s) => !seen.has(s.key));
}

/** The names to announce: every distinct name, in order of arrival. */
export function namesOf(submissions: readonly TSubmission[]): string[] {
  return [...new Set(submissions.map((s) => s.name))];
}
