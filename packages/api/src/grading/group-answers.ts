import { normaliseAnswer } from "./normalise-answer";
import { diceSimilarity, NEAR_IDENTICAL } from "./similarity";

/** One group of answers a teacher grades with one decision. `key` is its founder's normalised text. */
export type TAnswerGroup<A> = { key: string; answers: A[] };

/**
 * Groups written answers so one decision grades many: identical answers (after `normaliseAnswer`)
 * together, then near-identical ones (Dice ≥ NEAR_IDENTICAL) joined to a group. Larger groups come
 * first, ties in the order given (the caller's: first submitted first), so the page's order is
 * stable while the teacher works. Each group is compared through its founder, the largest exact
 * group in it, never through its latest member, so a chain of small edits cannot drift a group from
 * one answer to a different one. Blank answers form a group of their own.
 */
export function groupAnswers<A>(answers: readonly A[], textOf: (answer: A) => string): TAnswerGroup<A>[] {
  const exact = new Map<string, A[]>();
  for (const answer of answers) {
    const key = normaliseAnswer(textOf(answer));
    exact.set(key, [...(exact.get(key) ?? []), answer]);
  }
  // Map keeps insertion order, and sort is stable: equal sizes stay in the order given.
  const bySize = [...exact].sort((a, b) => b[1].length - a[1].length);
  const groups: TAnswerGroup<A>[] = [];
  for (const [key, members] of bySize) {
    const near = key ? groups.find((g) => g.key && diceSimilarity(g.key, key) >= NEAR_IDENTICAL) : undefined;
    if (near) near.answers.push(...members);
    else groups.push({ key, answers: [...members] });
  }
  return groups.sort((a, b) => b.answers.length - a.answers.length);
}
