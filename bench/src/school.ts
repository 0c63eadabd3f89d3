import { performance } from "node:perf_hooks";
import { createCaller } from "@dc/api";
import { createDb } from "@dc/db";
import { signIn } from "./auth";
import { BENCH_PASSWORD } from "./fixtures";
import { type HttpClient } from "./http";
import { log } from "./log";
import { SCHOOL, schoolIds } from "./school-seed";
import { countStatements, installSqlCounter } from "./sql-counter";
import { summarize, type Summary } from "./stats";
import { query } from "./trpc";

export const SCHOOL_PROCEDURES = ["gradebook", "itemAnalysis", "dashboard"] as const;
export type SchoolProcedure = (typeof SCHOOL_PROCEDURES)[number];

export type ProcedureFigures = {
  /** Over HTTP against the production server, one request at a time. */
  http: Summary;
  /** In this process through createCaller on the same database: server time without HTTP and Next. */
  inProcess: Summary;
  /** SQL statements per request (BEGIN/COMMIT included), the most seen. */
  maxStatements: number;
  minStatements: number;
};

export type SchoolFigures = { classes: number; answers: number } & Record<SchoolProcedure, ProcedureFigures>;

/**
 * The teacher gradebook (`results.gradebook`), one assignment's item analysis (`results.assignment`)
 * and a student's dashboard (`progress.dashboard`), for `samples` classes spread over the school:
 * `rounds` times each, after one warm-up round.
 */
export async function measureSchool(opts: {
  url: string;
  http: HttpClient;
  classes: number;
  answers: number;
  samples: number;
  rounds: number;
}): Promise<SchoolFigures> {
  installSqlCounter();
  const step = opts.classes / Math.min(opts.samples, opts.classes);
  const picks = Array.from(
    { length: Math.min(opts.samples, opts.classes) },
    (_, i) => 1 + Math.floor(i * step),
  );
  const targets = picks.map((c) => ({
    classId: schoolIds.class(c),
    // A finished assignment (everyone submitted), so the analysis covers the whole class.
    assignmentId: schoolIds.assignment(c, SCHOOL.assignmentsPerClass - 1),
    teacher: { id: schoolIds.teacher(c), email: schoolIds.teacherEmail(c) },
    student: {
      id: schoolIds.student(c, 1 + (c % SCHOOL.studentsPerClass)),
      email: schoolIds.studentEmail(c, 1 + (c % SCHOOL.studentsPerClass)),
    },
  }));
  log(`school: signing in ${targets.length} teachers and ${targets.length} students`);
  const cookies = await Promise.all(
    targets.map(async (t) => ({
      teacher: await signIn(opts.http, t.teacher.email, BENCH_PASSWORD),
      student: await signIn(opts.http, t.student.email, BENCH_PASSWORD),
    })),
  );

  const db = createDb(opts.url);
  const samples = Object.fromEntries(
    SCHOOL_PROCEDURES.map((p) => [
      p,
      { http: [] as number[], inProcess: [] as number[], statements: [] as number[] },
    ]),
  ) as Record<SchoolProcedure, { http: number[]; inProcess: number[]; statements: number[] }>;
  try {
    for (let round = 0; round <= opts.rounds; round++) {
      const record = round > 0; // round 0 warms up
      for (const [i, t] of targets.entries()) {
        // In-process callers skip the cookie's session check (the HTTP numbers include it).
        const session = { sessionId: null, mustChangePassword: false } as const;
        const teacher = createCaller({
          db,
          session: { ...t.teacher, ...session, role: "TEACHER", name: "T", teacherConfirmed: true },
        });
        const student = createCaller({
          db,
          session: { ...t.student, ...session, role: "STUDENT", name: "S", teacherConfirmed: false },
        });
        const cookie = cookies[i]!;
        const runs: [SchoolProcedure, () => Promise<unknown>, () => ReturnType<typeof query>][] = [
          [
            "gradebook",
            () => teacher.results.gradebook({ classId: t.classId }),
            () => query(opts.http, "results.gradebook", { classId: t.classId }, cookie.teacher),
          ],
          [
            "itemAnalysis",
            () => teacher.results.assignment({ assignmentId: t.assignmentId }),
            () => query(opts.http, "results.assignment", { assignmentId: t.assignmentId }, cookie.teacher),
          ],
          [
            "dashboard",
            () => student.progress.dashboard({ tzOffsetMinutes: 480 }),
            () => query(opts.http, "progress.dashboard", { tzOffsetMinutes: 480 }, cookie.student),
          ],
        ];
        for (const [name, inProcess, overHttp] of runs) {
          const started = performance.now();
          const counted = await countStatements(inProcess);
          const elapsed = performance.now() - started;
          const res = await overHttp();
          if (!res.ok) throw new Error(`${name} over HTTP failed: ${res.error}`);
          if (record) {
            samples[name].inProcess.push(elapsed);
            samples[name].statements.push(counted.statements);
            samples[name].http.push(res.ms);
          }
        }
      }
    }
  } finally {
    await db.$disconnect();
  }
  const figures = (name: SchoolProcedure): ProcedureFigures => ({
    http: summarize(samples[name].http),
    inProcess: summarize(samples[name].inProcess),
    maxStatements: Math.max(...samples[name].statements),
    minStatements: Math.min(...samples[name].statements),
  });
  return {
    classes: opts.classes,
    answers: opts.answers,
    gradebook: figures("gradebook"),
    itemAnalysis: figures("itemAnalysis"),
    dashboard: figures("dashboard"),
  };
}
