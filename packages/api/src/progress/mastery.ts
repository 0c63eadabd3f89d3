import { type TItem } from "@dc/content";

/** A student's most recent final answer to one item. */
export type TLatestAnswer = { itemId: string; score: number };

export type TMastery = {
  /** Average score (0..1) of the latest answers to the group's items; null when none is answered. */
  mastery: number | null;
  answered: number;
  total: number;
};

/**
 * Mastery of a group of items (a skill, a lesson, a paragraph): the average score of the student's
 * most recent answer to each item of the group they have answered. Each item counts once, and a
 * newer answer replaces an older one, so mastery follows what the student knows now.
 */
export function masteryBy<K>(
  items: readonly TItem[],
  latest: readonly TLatestAnswer[],
  keyOf: (item: TItem) => K,
) {
  const scores = new Map(latest.map((a) => [a.itemId, a.score]));
  const groups = new Map<K, { sum: number; answered: number; total: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? { sum: 0, answered: 0, total: 0 };
    group.total += 1;
    const score = scores.get(item.id);
    if (score !== undefined) {
      group.sum += score;
      group.answered += 1;
    }
    groups.set(key, group);
  }
  const out = new Map<K, TMastery>();
  for (const [key, g] of groups) {
    out.set(key, { mastery: g.answered ? g.sum / g.answered : null, answered: g.answered, total: g.total });
  }
  return out;
}

export type TLevel = "unseen" | "learning" | "developing" | "secure";

/** The colour band of a mastery value on the paragraph map. */
export function levelOf(mastery: number | null): TLevel {
  if (mastery === null) return "unseen";
  if (mastery < 0.5) return "learning";
  if (mastery < 0.8) return "developing";
  return "secure";
}
