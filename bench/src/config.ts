import { type BurstPlan } from "./burst";

export type BenchConfig = {
  mode: "quick" | "full";
  burst: { students: number; items: number; timeLimitSec: number; plan: BurstPlan };
  school: { classes: number; samples: number; rounds: number };
  pages: { runs: number };
  embedded: { students: number; timeLimitSec: number; plan: BurstPlan };
  ports: { web: number; bare: number; embedded: number; pglite: number };
};

/**
 * Think times: a student answers every few seconds (early finishers a little faster), so 300
 * students offer ~50 saves per second at the peak; half of them then wait and submit in the last
 * minute. The quick run keeps the same per-second load with fewer students answering faster.
 */
const FULL: BenchConfig = {
  mode: "full",
  burst: {
    students: 300,
    items: 20,
    timeLimitSec: 240,
    plan: { releaseSec: 10, thinkEarlyMs: [2000, 8000], thinkLateMs: [3000, 11000], lastWindowSec: 60 },
  },
  school: { classes: 200, samples: 20, rounds: 3 },
  pages: { runs: 3 },
  embedded: {
    students: 50,
    timeLimitSec: 240,
    plan: { releaseSec: 10, thinkEarlyMs: [2000, 8000], thinkLateMs: [3000, 11000], lastWindowSec: 60 },
  },
  ports: { web: 3401, bare: 3402, embedded: 3403, pglite: 54431 },
};

const QUICK: BenchConfig = {
  ...FULL,
  mode: "quick",
  burst: {
    students: 60,
    items: 20,
    timeLimitSec: 28,
    plan: { releaseSec: 8, thinkEarlyMs: [300, 1200], thinkLateMs: [450, 1500], lastWindowSec: 8 },
  },
  school: { classes: 20, samples: 6, rounds: 2 },
  pages: { runs: 1 },
  embedded: {
    students: 20,
    timeLimitSec: 25,
    plan: { releaseSec: 5, thinkEarlyMs: [300, 1200], thinkLateMs: [450, 1500], lastWindowSec: 8 },
  },
};

export function configFor(argv: readonly string[]): BenchConfig {
  return argv.includes("--quick") ? QUICK : FULL;
}

/** Mean seconds between one student's saves, over both halves of the class. */
export function meanThinkSec(plan: BurstPlan) {
  const mean = (r: [number, number]) => (r[0] + r[1]) / 2;
  return (mean(plan.thinkEarlyMs) + mean(plan.thinkLateMs)) / 2 / 1000;
}

/** The pace at which the class-size estimates are stated: the full burst's seconds between saves. */
export const EXAM_PACE_SEC = meanThinkSec(FULL.burst.plan);
