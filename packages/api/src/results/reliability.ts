import { type TItem } from "@dc/content";
import { totalsOf, type TSitting } from "./item-analysis";

/** Below this many analysed attempts no reliability is given: with fewer it swings too much to read. */
export const RELIABILITY_MIN_ATTEMPTS = 10;

/** Sample variance (n − 1), as in Cronbach's formula. */
function variance(xs: readonly number[]) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}

/**
 * How consistently the assignment measures, over the same attempts as the item analysis:
 * Cronbach's alpha = k/(k−1) · (1 − Σ item variances / total variance) over the k items not dropped
 * (it equals KR-20 when every score is 0 or 1, and is then called that), and the standard error of
 * measurement SEM = SD of the totals · √(1 − alpha), in points (a negative alpha counts as 0: all the
 * spread is error). Withheld (`status` says why) under RELIABILITY_MIN_ATTEMPTS attempts, under two
 * items, or when every student has the same total.
 */
export function reliability(
  items: readonly TItem[],
  sittings: readonly TSitting[],
  dropped: ReadonlySet<string>,
) {
  const counted = items.filter((item) => !dropped.has(item.id));
  const n = sittings.length;
  const k = counted.length;
  const base = { n, items: k, maxScore: k, minAttempts: RELIABILITY_MIN_ATTEMPTS };
  const none = (status: "TOO_FEW_ATTEMPTS" | "TOO_FEW_ITEMS" | "NO_SPREAD") => ({
    ...base,
    status,
    method: null,
    alpha: null,
    mean: null,
    sd: null,
    sem: null,
  });
  if (n < RELIABILITY_MIN_ATTEMPTS) return none("TOO_FEW_ATTEMPTS");
  if (k < 2) return none("TOO_FEW_ITEMS");
  const scores = counted.map((item) => sittings.map((s) => s.answers.get(item.id)?.score ?? 0));
  const totals = totalsOf(counted, sittings, dropped);
  const totalVariance = variance(totals);
  if (totalVariance < 1e-12) return none("NO_SPREAD");
  const itemVariance = scores.reduce((s, xs) => s + variance(xs), 0);
  const alpha = (k / (k - 1)) * (1 - itemVariance / totalVariance);
  const sd = Math.sqrt(totalVariance);
  const dichotomous = scores.every((xs) => xs.every((x) => x === 0 || x === 1));
  return {
    ...base,
    status: "OK" as const,
    method: dichotomous ? ("KR-20" as const) : ("alpha" as const),
    alpha,
    mean: totals.reduce((s, t) => s + t, 0) / n,
    sd,
    sem: sd * Math.sqrt(1 - Math.max(alpha, 0)),
  };
}
