/** Pure geometry for the hand-built SVG charts: scales and tick values. */

/** A linear map from a data interval to a pixel interval (a flat domain maps to the middle). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

type TEdges = { left: number; right: number; top: number; bottom: number };

/** The plot's edges in a chart `width` × `height`, inside the margins kept for axis labels. */
export function plotArea(width: number, height: number, margins: TEdges): TEdges {
  return {
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
  };
}

/** The smallest "nice" step (1, 2 or 5 × 10ⁿ, and at least `min`) that is ≥ `raw`. */
export function niceStep(raw: number, min = 0): number {
  if (!(raw > 0)) return Math.max(min, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw - 1e-9) ?? 10 * magnitude;
  return Math.max(step, min);
}

/**
 * Five whole-number ticks from 0 in four equal steps reaching at least `max`, so a count axis
 * lines up with a 0–100% axis drawn on the same gridlines (0, 25, 50, 75, 100%).
 */
export function quarterTicks(max: number): number[] {
  const step = niceStep(max / 4, 1);
  return [0, 1, 2, 3, 4].map((i) => i * step);
}

export const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

/**
 * Which of `count` evenly spaced labels to show when each needs `labelWidth` pixels of a band
 * `bandWidth` wide: every k-th, counted back from the last, so the newest day is always labelled.
 */
export function labelledIndexes(count: number, bandWidth: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  const every = [1, 2, 3, 5, 7, 10, 14, 15, 30].find((k) => k * bandWidth >= labelWidth) ?? count;
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= every) out.unshift(i);
  return out;
}

/**
 * Day ticks over [first, last] (day numbers, inclusive): a step of 1, 2, 7, 14, 30… days, the
 * smallest that keeps the number of ticks at most `max`; the last day is always a tick.
 */
export function dayTicks(first: number, last: number, max: number): number[] {
  const span = Math.max(0, last - first);
  const limit = Math.max(1, max);
  const step =
    [1, 2, 7, 14, 30, 61, 91, 182, 365].find((s) => Math.floor(span / s) + 1 <= limit) ??
    Math.ceil(span / Math.max(1, limit - 1));
  const out: number[] = [];
  for (let day = last; day >= first; day -= step) out.unshift(day);
  return out;
}

/** Runs of consecutive indexes whose value is present, for a line that breaks where data is missing. */
export function presentRuns(values: readonly (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) runs.push(run);
  return runs;
}
