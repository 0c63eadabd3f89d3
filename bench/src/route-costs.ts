import { inParallel } from "./parallel";
import { cpuSnapshot, webCpuMsBetween } from "./cpu";
import { readStatements, resetStatements } from "./db-stats";
import { type HttpClient } from "./http";
import { log } from "./log";
import { responseFromView, type AttemptView } from "./responses";
import { mutation, query, type Call } from "./trpc";

export type RouteCost = {
  requests: number;
  failed: number;
  cpu_ms: number;
  statements: number;
  /** Each round's CPU-ms per request (cpu_ms is their median: the machine is shared, a round may be disturbed). */
  rounds_cpu_ms: number[];
};
export type RouteCosts = Record<"start" | "view" | "save" | "submit", RouteCost>;

/** Runs `jobs` a few at a time (a light load: the cost of a request, not of contention). */
async function inTurn(jobs: (() => Promise<Call>)[], parallel: number) {
  const calls = await inParallel(jobs.length, parallel, (i) => jobs[i]!());
  return calls.filter((call) => !call.ok).length;
}

/**
 * What one request of each exam route costs the web instance: its CPU (the instance's process
 * group, from /proc) and the SQL statements sent (pg_stat_statements), over many requests sent a
 * few at a time, the session check included. The students open an assignment of their own, view
 * it, save `saves` items each and submit. The instances' expiry sweep (every 5 s) is counted too.
 */
async function measureRound(opts: {
  url: string;
  clients: readonly HttpClient[];
  cookies: readonly string[];
  assignmentId: string;
  /** The process group of the instance the requests reach. */
  group: number;
  postmaster: number;
  saves: number;
  parallel?: number;
}): Promise<RouteCosts> {
  const { clients, cookies, parallel = 4 } = opts;
  const phase = async (jobs: (() => Promise<Call>)[]): Promise<RouteCost> => {
    await resetStatements(opts.url);
    const before = cpuSnapshot([opts.group], opts.postmaster);
    const failed = await inTurn(jobs, parallel);
    const after = cpuSnapshot([opts.group], opts.postmaster);
    const { statements } = await readStatements(opts.url);
    const n = jobs.length;
    return {
      requests: n,
      failed,
      cpu_ms: Math.round((webCpuMsBetween(before, after) / n) * 100) / 100,
      statements: Math.round((statements / n) * 10) / 10,
      rounds_cpu_ms: [],
    };
  };

  const ids: string[] = [];
  const start = await phase(
    clients.map((http, i) => async () => {
      const call = await mutation<{ id: string }>(
        http,
        "assignment.start",
        { assignmentId: opts.assignmentId },
        cookies[i]!,
      );
      if (call.ok) ids[i] = call.data!.id;
      return call;
    }),
  );
  const views: AttemptView[] = [];
  const view = await phase(
    clients.map((http, i) => async () => {
      const call = await query<AttemptView>(http, "attempt.get", { attemptId: ids[i] }, cookies[i]!);
      if (call.ok) views[i] = call.data!;
      return call;
    }),
  );
  const save = await phase(
    clients.flatMap((http, i) =>
      (views[i]?.items ?? []).slice(0, opts.saves).map(
        ({ item }) =>
          () =>
            mutation(
              http,
              "attempt.save",
              { attemptId: ids[i], itemId: item.id, response: responseFromView(item), revision: 1 },
              cookies[i]!,
            ),
      ),
    ),
  );
  const submit = await phase(
    clients.map((http, i) => () => mutation(http, "attempt.submit", { attemptId: ids[i] }, cookies[i]!)),
  );
  return { start, view, save, submit };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * `measureRound` once per assignment (each a fresh start for every student), and per route the
 * median round's CPU-ms: on a shared machine one round can be disturbed by someone else's work.
 */
export async function measureRouteCosts(
  opts: Omit<Parameters<typeof measureRound>[0], "assignmentId"> & { assignmentIds: readonly string[] },
): Promise<RouteCosts> {
  const rounds: RouteCosts[] = [];
  for (const assignmentId of opts.assignmentIds) rounds.push(await measureRound({ ...opts, assignmentId }));
  const routes = ["start", "view", "save", "submit"] as const;
  const costs = Object.fromEntries(
    routes.map((route) => {
      const all = rounds.map((r) => r[route]);
      return [
        route,
        {
          requests: all.reduce((n, c) => n + c.requests, 0),
          failed: all.reduce((n, c) => n + c.failed, 0),
          cpu_ms: Math.round(median(all.map((c) => c.cpu_ms)) * 100) / 100,
          statements: median(all.map((c) => c.statements)),
          rounds_cpu_ms: all.map((c) => c.cpu_ms),
        },
      ];
    }),
  ) as RouteCosts;
  log(
    `route costs (CPU-ms per request, median of ${rounds.length} rounds; statements): ${routes
      .map((k) => {
        const c = costs[k];
        return `${k} ${c.cpu_ms} ms [${c.rounds_cpu_ms.join(", ")}], ${c.statements}${c.failed ? ` (${c.failed} failed)` : ""}`;
      })
      .join("; ")}`,
  );
  return costs;
}
