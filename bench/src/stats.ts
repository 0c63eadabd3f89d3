/** Latency summaries: nearest-rank percentiles over the recorded samples (milliseconds). */

export function percentile(samples: readonly number[], p: number): number | null {
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function median(samples: readonly number[]): number | null {
  return percentile(samples, 50);
}

export type Summary = {
  n: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
};

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length ? Math.max(...samples) : null,
  };
}

/** Rounded for the report: whole milliseconds above 10, one decimal below. */
export function ms(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

export function ratio(a: number | null, b: number | null, digits = 3): number | null {
  if (a === null || b === null || b === 0) return null;
  const f = 10 ** digits;
  return Math.round((a / b) * f) / f;
}

/** A random number in [min, max). */
export const uniform = (min: number, max: number) => min + Math.random() * (max - min);

export const sleep = (milliseconds: number) => new Promise((r) => setTimeout(r, Math.max(0, milliseconds)));
