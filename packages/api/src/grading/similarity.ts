/** The character bigrams of a text, counted (a one-character text is its own "bigram"). */
function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  const grams = chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/**
 * Sørensen–Dice similarity of two normalised answers over their character bigrams (as multisets), 0..1.
 * Chinese has no spaces to split words on, and bigrams are what carry meaning (內循環, 轉舵): one
 * character typed differently in a 40-character answer changes 2 of 39 bigrams (Dice ≈ 0.95), while
 * a different claim changes most of them. Two empty texts are the same (1); empty and not is 0.
 */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of left) {
    shared += Math.min(n, right.get(gram) ?? 0);
    total += n;
  }
  for (const n of right.values()) total += n;
  return (2 * shared) / total;
}

/** Answers at least this similar are graded as one group (see group-answers.ts). */
export const NEAR_IDENTICAL = 0.9;
