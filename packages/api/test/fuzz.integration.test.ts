/**
 * Property-based fuzzing of every tRPC procedure: inputs generated from the procedure's own input
 * schema, with hostile strings in every string field and now and then a wrong type. Asserts that
 * nothing is answered with a 5xx and that a refused call leaves no row behind.
 * FUZZ_RUNS inputs per procedure (CI: a few dozen; `pnpm fuzz`: 10,000).
 */
import { inspect } from "node:util";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter, createCaller, type SessionUser } from "../src";
import { arbitraryFor, type TJsonSchema, type TPools } from "./fuzz/arbitrary";
import { signedIn } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

type TProcedure = { _def: { type: string; inputs: z.ZodType[] } };
const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, TProcedure> }).procedures,
);

let t: TestDatabase;
let sessions: (SessionUser | null)[];
let pools: TPools;
let tables: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  const { teacher, cls, students } = await classWithStudents(t, 2);
  const assignment = await teacher.api.assignment.create({
    classId: cls.id,
    title: "Fuzz",
    selection: { mode: "draw", lessonIds: [1], skills: ["dates"], itemCount: 3 },
    dueAt: hoursFromNow(24),
  });
  const student = students[0]!;
  const attempt = await student.api.attempt.startLesson({ kind: "PRACTICE", lessonId: 1 });
  const view = await student.api.attempt.get({ attemptId: attempt.id });
  const assigned = await student.api.assignment.start({ assignmentId: assignment.id });
  const admin = await signedIn(t, "TEACHER", "Other teacher");
  sessions = [student.session, students[1]!.session, teacher.session, admin.session, null];
  pools = {
    ids: [cls.id, assignment.id, attempt.id, assigned.id, student.user.id, teacher.user.id],
    itemIds: view.items.map((i) => i.item.id),
    codes: [cls.joinCode],
  };
  const rows = await t.db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name NOT IN ('_prisma_migrations', 'rate_limit')`;
  tables = rows.map((r) => r.name);
});
afterAll(async () => {
  await t?.drop();
});

/** Rows per table: a refused call must leave these as they were. */
async function rowCounts() {
  const sql = `SELECT ${tables.map((n) => `(SELECT count(*)::int FROM "${n}") AS "${n}"`).join(", ")}`;
  const [counts] = await t.db.$queryRawUnsafe<Record<string, number>[]>(sql);
  return counts;
}

function call(session: SessionUser | null, path: string, input: unknown) {
  let target: unknown = createCaller({ db: t.db, session });
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe("fuzzing every procedure", () => {
  it("covers every procedure of the router", () => {
    expect(procedures.length).toBeGreaterThan(35);
  });

  for (const [path, procedure] of procedures) {
    const schema = procedure._def.inputs[0];
    const json = schema
      ? (z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as TJsonSchema)
      : null;

    it(`${path}: no 5xx, and a refused call writes nothing`, { timeout: 60_000 + RUNS * 500 }, async () => {
      const input = json ? fc.constant(null).chain(() => arbitraryFor(json, pools)) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(fc.nat(sessions.length - 1), input, async (who, value) => {
          const before = await rowCounts();
          const failure = await call(sessions[who]!, path, value).then(
            () => null,
            (e: unknown) => e,
          );
          if (failure === null) return;
          const status = failure instanceof TRPCError ? getHTTPStatusCodeFromError(failure) : 500;
          if (status >= 500)
            throw new Error(
              `${path} answered ${status}: ${inspect(failure instanceof TRPCError ? failure.cause : failure)}`,
            );
          expect(await rowCounts()).toEqual(before);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
