/** What the reading procedures return for one lesson. */
export type TReading = {
  lessonId: number;
  seenParagraphIds: string[];
  lastParagraphId: string | null;
  completedAt: Date | null;
  fractionRead: number;
};

/**
 * Combines the progress in the cache with a save's answer. Saves can come back out of order (a
 * debounced save answered after "mark as read"), and progress only ever grows: seen paragraphs are
 * united and a completion is never undone.
 */
export function mergeReading(old: TReading | undefined, fresh: TReading): TReading {
  if (!old) return fresh;
  const seen = [...new Set([...old.seenParagraphIds, ...fresh.seenParagraphIds])];
  const completedAt = fresh.completedAt ?? old.completedAt;
  return {
    ...fresh,
    seenParagraphIds: seen,
    completedAt,
    fractionRead: completedAt ? 1 : Math.max(old.fractionRead, fresh.fractionRead),
  };
}

/** How many of a lesson's paragraphs have been seen, counting those not saved yet. */
export function countSeen(paragraphIds: readonly string[], ...seen: Iterable<string>[]): number {
  const all = new Set(seen.flatMap((ids) => [...ids]));
  return paragraphIds.filter((id) => all.has(id)).length;
}
