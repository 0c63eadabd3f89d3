import { type ExamConfig } from "./config";
import { errorsOutsideFaults, recoverySeconds, RECOVERY_GOAL_MS, type ExamRun } from "./exam";
import { type ExamCheck } from "./exam-check";
import { type RouteCosts } from "./route-costs";
import { ms } from "./stats";

export const EXAM_GOALS = {
  startP95: 1000,
  saveP95: 200,
  submitP95: 1000,
  recoverySec: RECOVERY_GOAL_MS / 1000,
};

/** One run's figures for the JSON line (`exam`: one instance, no faults; `faults`: two instances, faults). */
/** Where a run's time went: requests, statements per request (pg_stat_statements), CPU seconds by process. */
export type ExamProfile = {
  requests: number;
  statements_per_request: number;
  db_exec_ms_per_request: number;
  cpu_s: { web: number; postgres: number; bench: number; wall: number };
  /** The whole machine during the run: percent of all its CPUs busy, and of the time something waited for one. */
  machine: { busy_pct: number; cpu_pressure_pct: number | null };
  top_statements: { query: string; calls: number; mean_ms: number; total_ms: number }[];
  /** Per route, the instances' own p50/p95 as the proxy timed them (the client's figure less the bench's part). */
  upstream_ms: Record<string, { p50: number | null; p95: number | null }>;
  /** How late the bench's timers fired (its clients and the proxy share one event loop). */
  bench_loop_delay_ms: { p50: number | null; p99: number | null; max: number | null };
};

export function examRunJson(run: ExamRun, check: ExamCheck, profile: ExamProfile) {
  const outside = errorsOutsideFaults(run);
  return {
    students: run.students,
    start_p50_ms: ms(run.start.p50),
    start_p95_ms: ms(run.start.p95),
    save_p50_ms: ms(run.save.p50),
    save_p95_ms: ms(run.save.p95),
    save_p99_ms: ms(run.save.p99),
    submit_p95_ms: ms(run.submit.p95),
    /** Failed requests outside the fault windows (all of them when there were no faults). */
    errors: outside.length,
    errors_in_fault_windows: run.failures.length - outside.length,
    throttled: run.throttled,
    server_error_saves: run.serverErrorSaves,
    answers_stored: check.answersStored,
    answers_expected: check.answersExpected,
    lost: check.lost,
    submissions_scored_once: check.submissionsScoredOnce,
    double_scored: check.doubleScored,
    gave_up: run.gaveUp,
    recovery_s: run.faults.length ? recoverySeconds(run) : null,
    fault_at_s: run.faults.length
      ? Object.fromEntries(run.faults.map((f) => [f.name, Math.round((f.at - run.t0) / 100) / 10]))
      : null,
    duration_s: Math.round(run.durationSec),
    profile,
  };
}

export type ExamRunJson = ReturnType<typeof examRunJson>;

export function examJson(opts: {
  config: ExamConfig;
  exam: ExamRunJson;
  faults: ExamRunJson;
  routeCosts: RouteCosts;
  signInSec: number;
  buildSec: number;
  durationSec: number;
  proxy: Record<string, number>;
}) {
  return {
    mode: opts.config.mode,
    pace: opts.config.pace,
    // The school-bench objects are not measured in this mode; kept so that every JSON line has every key.
    burst: null,
    scale: null,
    pages: null,
    embedded: null,
    embedded_postgres: null,
    exam: opts.exam,
    faults: opts.faults,
    /** Per route, one instance at light load: requests, failed, web CPU-ms and SQL statements per request. */
    route_costs: opts.routeCosts,
    sign_in_s: Math.round(opts.signInSec),
    proxy: opts.proxy,
    build_s: Math.round(opts.buildSec),
    duration_s: Math.round(opts.durationSec),
  };
}

const under = (v: number | null, limit: number) => (v === null ? false : v < limit);

/** The human-readable table: the baseline (one instance, no faults) and the faulted run side by side. */
export function examTable(j: ReturnType<typeof examJson>): string {
  const { exam: e, faults: f } = j;
  const both = (get: (r: ExamRunJson) => unknown) => `${String(get(e))} | ${String(get(f))}`;
  const okBoth = (test: (r: ExamRunJson) => boolean) => test(e) && test(f);
  const recovery = f.recovery_s ?? {};
  const rows: [string, string, string, boolean | null][] = [
    ["students", both((r) => r.students), "", null],
    [
      "start p50 / p95 ms",
      both((r) => `${r.start_p50_ms} / ${r.start_p95_ms}`),
      `p95 < ${EXAM_GOALS.startP95}`,
      okBoth((r) => under(r.start_p95_ms, EXAM_GOALS.startP95)),
    ],
    [
      "save p50 / p95 / p99 ms",
      both((r) => `${r.save_p50_ms} / ${r.save_p95_ms} / ${r.save_p99_ms}`),
      `p95 < ${EXAM_GOALS.saveP95}`,
      okBoth((r) => under(r.save_p95_ms, EXAM_GOALS.saveP95)),
    ],
    [
      "submit p95 ms",
      both((r) => r.submit_p95_ms),
      `< ${EXAM_GOALS.submitP95}`,
      okBoth((r) => under(r.submit_p95_ms, EXAM_GOALS.submitP95)),
    ],
    ["errors outside fault windows", both((r) => r.errors), "0", okBoth((r) => r.errors === 0)],
    ["failed requests in fault windows", both((r) => r.errors_in_fault_windows), "", null],
    ["throttled (429)", both((r) => r.throttled), "0", okBoth((r) => r.throttled === 0)],
    [
      "answers stored / expected",
      both((r) => `${r.answers_stored} / ${r.answers_expected}`),
      "equal",
      okBoth((r) => r.answers_stored === r.answers_expected),
    ],
    ["lost answers", both((r) => r.lost), "0", okBoth((r) => r.lost === 0)],
    [
      "submissions scored once / students",
      both((r) => `${r.submissions_scored_once} / ${r.students}`),
      "equal",
      okBoth((r) => r.submissions_scored_once === r.students),
    ],
    ["double-scored attempts", both((r) => r.double_scored), "0", okBoth((r) => r.double_scored === 0)],
    ["saves answered 500 (resent)", both((r) => r.server_error_saves), "", null],
    ...Object.entries(recovery).map(([name, sec]): [string, string, string, boolean | null] => [
      `recovery after ${name} (at ${f.fault_at_s?.[name]} s), s`,
      String(sec),
      `< ${EXAM_GOALS.recoverySec}`,
      sec < EXAM_GOALS.recoverySec,
    ]),
    [
      "requests; SQL statements per request",
      both((r) => `${r.profile.requests}; ${r.profile.statements_per_request}`),
      "",
      null,
    ],
    [
      "save p50 / p95 ms at the instance (proxy's timing)",
      both(
        (r) =>
          `${r.profile.upstream_ms["attempt.save"]?.p50} / ${r.profile.upstream_ms["attempt.save"]?.p95}`,
      ),
      "",
      null,
    ],
    [
      "bench event-loop delay p50 / p99 / max ms",
      both(
        (r) =>
          `${r.profile.bench_loop_delay_ms.p50} / ${r.profile.bench_loop_delay_ms.p99} / ${r.profile.bench_loop_delay_ms.max}`,
      ),
      "",
      null,
    ],
    ["DB execution ms per request", both((r) => r.profile.db_exec_ms_per_request), "", null],
    [
      "CPU s: web / postgres / bench (wall)",
      both(
        (r) =>
          `${r.profile.cpu_s.web} / ${r.profile.cpu_s.postgres} / ${r.profile.cpu_s.bench} (${r.profile.cpu_s.wall})`,
      ),
      "",
      null,
    ],
    [
      "machine: CPUs busy %; time something waited for a CPU %",
      both((r) => `${r.profile.machine.busy_pct}; ${r.profile.machine.cpu_pressure_pct ?? "–"}`),
      "",
      null,
    ],
    ["sign-in of every student (not measured), s", String(j.sign_in_s), "", null],
    ...Object.entries(j.route_costs).map(([route, c]): [string, string, string, boolean | null] => [
      `${route}: web CPU-ms; statements per request (light load)`,
      `${c.cpu_ms}; ${c.statements}`,
      "",
      null,
    ]),
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([name, value, goal, ok]) =>
    `${ok === null ? "  " : ok ? "ok" : "NO"}  ${name.padEnd(w0)}  ${value.padEnd(w1)}  ${goal}`.trimEnd(),
  );
  const rule = "-".repeat(Math.max(...lines.map((l) => l.length)));
  return [
    `dual-circulation bench (exam, ${j.pace} pace), ${j.duration_s}s`,
    `figures: one instance, no faults | two instances behind the proxy, faults`,
    rule,
    ...lines,
    rule,
  ].join("\n");
}
