/*
 * Scores for the structured item types, each in 0..1. `correct` is always `score === 1`.
 */

/** Share of the key's pairs a learner placed in the same relative order (Kendall's agreement). */
export function scoreOrdering(key: string[], order: string[]): number {
  const position = new Map(order.map((id, index) => [id, index]));
  let agreeing = 0;
  let pairs = 0;
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      pairs++;
      const a = position.get(key[i] ?? "");
      const b = position.get(key[j] ?? "");
      if (a !== undefined && b !== undefined && a < b) agreeing++;
    }
  }
  return pairs === 0 ? 0 : agreeing / pairs;
}

/** (right picks − wrong picks) / number of right choices, never below 0. */
export function scoreMulti(key: string[], picks: string[]): number {
  const right = new Set(key);
  const unique = [...new Set(picks)];
  const hits = unique.filter((id) => right.has(id)).length;
  const misses = unique.length - hits;
  return right.size === 0 ? 0 : Math.min(1, Math.max(0, (hits - misses) / right.size));
}

/** Share of the key's left items paired with their right item. */
export function scoreMatching(key: Record<string, string>, pairs: Record<string, string>): number {
  const entries = Object.entries(key);
  const right = entries.filter(([left, rightId]) => Object.hasOwn(pairs, left) && pairs[left] === rightId);
  return entries.length === 0 ? 0 : right.length / entries.length;
}

/** Share of blanks filled with one of their accepted strings. */
export function scoreCloze(
  key: Record<string, string[]>,
  blanks: Record<string, string>,
  same: (typed: string, accepted: string) => boolean,
): number {
  const entries = Object.entries(key);
  const right = entries.filter(([blank, accepted]) => {
    const typed = Object.hasOwn(blanks, blank) ? blanks[blank] : undefined;
    return typed !== undefined && accepted.some((text) => same(typed, text));
  });
  return entries.length === 0 ? 0 : right.length / entries.length;
}
