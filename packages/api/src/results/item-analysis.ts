import { ZResponse, type TItem, type TText } from "@dc/content";
import { roundPoints } from "../attempts/grade";
import { responseText } from "./response-text";

/** One answer as stored: the response and its score under the item's keys (accepted keys included). */
export type TScoredAnswer = { response: unknown; score: number; correct: boolean };

/** One student's attempt in the analysis (see analysis-attempt.ts); a missing answer was left blank. */
export type TSitting = { studentId: string; answers: ReadonlyMap<string, TScoredAnswer> };

/** Pearson's r; with a 0/1 item score it is the point-biserial correlation. Null when either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

export const GROUP_FRACTION = 0.27;

/**
 * Kelley's upper-lower index: the item's mean score in the top 27% of students by total score minus
 * that in the bottom 27% (g = round(0.27 n) places each, at least one). Students tied on the total at
 * a group's boundary share the places left there equally (fractional weights), so the index does not
 * depend on any order among equals: it is the average over every way of breaking the tie.
 * Null under 2 students.
 */
export function upperLowerIndex(rows: readonly { item: number; total: number }[]) {
  const n = rows.length;
  if (n < 2) return null;
  const g = Math.max(1, Math.round(GROUP_FRACTION * n));
  // Totals in exact points, so that equal totals added up in different orders are equal.
  const exact = rows.map((r) => ({ item: r.item, total: roundPoints(r.total) }));
  const groupMean = (descending: boolean) => {
    const sorted = [...exact].sort((a, b) => (descending ? b.total - a.total : a.total - b.total));
    const boundary = sorted[g - 1]!.total;
    const inside = sorted.filter((r) => (descending ? r.total > boundary : r.total < boundary));
    const tied = sorted.filter((r) => r.total === boundary);
    const weight = (g - inside.length) / tied.length;
    const sum = (group: typeof rows) => group.reduce((s, r) => s + r.item, 0);
    return (sum(inside) + weight * sum(tied)) / g;
  };
  return { index: groupMean(true) - groupMean(false), groupSize: g };
}

export type TChoiceStat = {
  id: string;
  text: TText;
  correct: boolean;
  misconception: string | null;
  count: number;
  /** count / students in the analysis */
  share: number;
};

/** The options a student picks from, for single, multi and true/false items; null for the others. */
function optionsOf(item: TItem) {
  if (item.type === "single" || item.type === "multi") {
    const key = new Set(item.type === "single" ? [item.answer] : item.answer);
    return item.choices.map((c) => ({
      id: c.id,
      text: c.text,
      correct: key.has(c.id),
      misconception: c.misconception ?? null,
    }));
  }
  if (item.type === "truefalse") {
    // A false statement's tag is what makes "true" tempting.
    const tagFor = (value: boolean) =>
      value !== item.answer && !item.answer ? (item.misconception ?? null) : null;
    return [true, false].map((value) => ({
      id: String(value),
      text: value ? { zh: "正確", en: "True" } : { zh: "錯誤", en: "False" },
      correct: value === item.answer,
      misconception: tagFor(value),
    }));
  }
  return null;
}

/** The option ids a response picked. */
function picked(response: unknown): string[] {
  const r = ZResponse.safeParse(response);
  if (!r.success) return [];
  if (r.data.type === "single") return [r.data.choice];
  if (r.data.type === "multi") return [...new Set(r.data.choices)];
  if (r.data.type === "truefalse") return [String(r.data.value)];
  return [];
}

/** Each student's total over the items not dropped. */
export function totalsOf(
  items: readonly TItem[],
  sittings: readonly TSitting[],
  dropped: ReadonlySet<string>,
) {
  return sittings.map((s) =>
    items.reduce((sum, item) => sum + (dropped.has(item.id) ? 0 : (s.answers.get(item.id)?.score ?? 0)), 0),
  );
}

/**
 * Per item, over one attempt per student (an unanswered item scores 0):
 * - facility: the mean item score, partial credit counted (Moodle's facility index); fullCredit: the
 *   share of students fully right;
 * - pointBiserial: correlation of the item score with the rest score (the student's total over the
 *   items not dropped, minus this item), so the item is not correlated with itself;
 * - upperLower: Kelley's index on the total score (see upperLowerIndex);
 * - choices: how often each option was picked (single, multi, true/false), with misconception tags;
 * - commonWrong: for other types, the most frequent responses not fully right, as text, with the
 *   credit they earned (a half-right date earns 0.5).
 */
export function analyzeItems(
  items: readonly TItem[],
  sittings: readonly TSitting[],
  dropped: ReadonlySet<string>,
) {
  const n = sittings.length;
  const totals = totalsOf(items, sittings, dropped);
  return items.map((item) => {
    const scores = sittings.map((s) => s.answers.get(item.id)?.score ?? 0);
    const answered = sittings.filter((s) => s.answers.has(item.id)).length;
    const correct = sittings.filter((s) => s.answers.get(item.id)?.correct).length;
    const rest = totals.map((t, i) => (dropped.has(item.id) ? t : t - scores[i]!));
    const ul = upperLowerIndex(scores.map((item, i) => ({ item, total: totals[i]! })));
    const options = optionsOf(item);
    let choices: TChoiceStat[] | null = null;
    if (options) {
      const counts = new Map<string, number>();
      for (const s of sittings)
        for (const id of picked(s.answers.get(item.id)?.response)) counts.set(id, (counts.get(id) ?? 0) + 1);
      choices = options.map((o) => ({
        ...o,
        count: counts.get(o.id) ?? 0,
        share: n ? (counts.get(o.id) ?? 0) / n : 0,
      }));
    }
    return {
      itemId: item.id,
      dropped: dropped.has(item.id),
      n,
      answered,
      blank: n - answered,
      facility: n ? scores.reduce((s, x) => s + x, 0) / n : null,
      fullCredit: n ? correct / n : null,
      pointBiserial: pearson(scores, rest),
      upperLower: ul?.index ?? null,
      upperLowerGroupSize: ul?.groupSize ?? null,
      choices,
      commonWrong: options ? null : commonWrong(item, sittings),
    };
  });
}

const COMMON_WRONG = 5;

function commonWrong(item: TItem, sittings: readonly TSitting[]) {
  const groups = new Map<string, { response: string; credit: number; count: number }>();
  for (const s of sittings) {
    const answer = s.answers.get(item.id);
    if (!answer || answer.correct) continue;
    const response = responseText(item, answer.response, "zh");
    if (!response) continue;
    const key = JSON.stringify([response, answer.score]);
    const group = groups.get(key) ?? { response, credit: answer.score, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.credit - a.credit || a.response.localeCompare(b.response))
    .slice(0, COMMON_WRONG);
}

/**
 * Which misconceptions the class falls for: for each tag, the responses that picked a tagged wrong
 * option (a distractor, or "true" for a false statement) in a response not fully correct, and the
 * students who did so at least once. Dropped items are left out. Most frequent first.
 */
export function misconceptionTally(
  items: readonly TItem[],
  sittings: readonly TSitting[],
  dropped: ReadonlySet<string>,
) {
  const tally = new Map<string, { responses: number; students: Set<string>; itemIds: Set<string> }>();
  for (const item of items) {
    if (dropped.has(item.id)) continue;
    const options = optionsOf(item);
    if (!options) continue;
    const tagOf = new Map(
      options.filter((o) => !o.correct && o.misconception).map((o) => [o.id, o.misconception!]),
    );
    for (const s of sittings) {
      const answer = s.answers.get(item.id);
      if (!answer || answer.correct) continue;
      for (const id of picked(answer.response)) {
        const tag = tagOf.get(id);
        if (!tag) continue;
        const entry = tally.get(tag) ?? { responses: 0, students: new Set(), itemIds: new Set() };
        entry.responses += 1;
        entry.students.add(s.studentId);
        entry.itemIds.add(item.id);
        tally.set(tag, entry);
      }
    }
  }
  return [...tally]
    .map(([tag, e]) => ({
      tag,
      responses: e.responses,
      students: e.students.size,
      studentShare: sittings.length ? e.students.size / sittings.length : 0,
      itemIds: [...e.itemIds],
    }))
    .sort((a, b) => b.responses - a.responses || b.students - a.students || a.tag.localeCompare(b.tag));
}

/** Percent scores (0..100) in ten bins [0,10) .. [90,100], with mean and median; nulls when empty. */
export function scoreDistribution(percents: readonly number[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const p of percents) {
    const rounded = Math.round(p * 1e6) / 1e6; // 0.7 * 100 is 70.00000000000001
    bins[Math.min(9, Math.max(0, Math.floor(rounded / 10)))]!.count += 1;
  }
  const sorted = [...percents].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return {
    n,
    mean: n ? sorted.reduce((s, p) => s + p, 0) / n : null,
    median: n ? (n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2) : null,
    bins,
  };
}
