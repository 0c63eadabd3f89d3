// Only packages/api/src/attempts/ writes Attempt and Answer rows: a write anywhere else in the api
// fails lint, with the api's real ESLint config (fixtures below, each linted at a path of the api).
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ESLint } from "eslint";

const api = path.resolve(import.meta.dirname, "../../packages/api");
const RULE = "lifecycle/writes-in-attempts";

async function lint(file, code) {
  // Only this rule, parsed without type information: fast, and the probe file need not exist.
  const eslint = new ESLint({
    cwd: api,
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(api, file) });
  assert.deepEqual(
    result.messages.filter((m) => m.ruleId !== RULE),
    [],
  );
  return result.messages.map((m) => m.message);
}

const writes = [
  ["a Prisma update", "await tx.attempt.update({ where: { id }, data: { deadline } });"],
  ["a Prisma create split over lines", "await db.answer\n  .create({ data });"],
  ["a bulk delete", "await prisma.answer.deleteMany({ where: { attemptId } });"],
  ["an upsert", "await tx.attempt.upsert({ where, create, update });"],
  ["raw SQL UPDATE", 'await tx.$executeRaw`UPDATE "Attempt" SET deadline = ${d} WHERE id = ${id}`;'],
  ["raw SQL with a hole before the table", 'await tx.$executeRaw`UPDATE ${x} "Answer" AS a SET score = 1`;'],
  ["raw SQL INSERT", 'await tx.$executeRawUnsafe(\'INSERT INTO "Answer" ("attemptId") VALUES ($1)\', id);'],
  ["raw SQL DELETE", 'await tx.$executeRaw`DELETE FROM "Attempt" WHERE id = ${id}`;'],
  ["a nested create", "await tx.user.update({ where, data: { attempts: { create: { kind } } } });"],
  [
    "a nested update of a to-one",
    "await tx.keyRelease.update({ where, data: { attempt: { update: { score } } } });",
  ],
  ["a delete that cascades to attempts", "await tx.assignment.delete({ where: { id } });"],
];

const reads = [
  [
    "a Prisma read",
    "await db.attempt.findMany({ where: { userId }, select: { answers: { select: { score: true } } } });",
  ],
  [
    "raw SQL SELECT",
    'await db.$queryRaw`SELECT count(*) FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"`;',
  ],
  [
    "a filter through a relation",
    "await db.keyRelease.findMany({ where: { attempt: { is: { userId } } } });",
  ],
  ["a write of another model", "await tx.reviewCard.update({ where, data });"],
  [
    "a to-one connect (writes the pointing row)",
    "await tx.keyRelease.create({ data: { attempt: { connect: { id } } } });",
  ],
];

for (const [what, code] of writes) {
  test(`${what} outside attempts/ fails lint`, async () => {
    const messages = await lint("src/classes/probe.ts", code);
    assert.equal(messages.length, 1, messages.join("\n"));
    assert.match(messages[0], /packages\/api\/src\/attempts\//);
  });
  test(`${what} in attempts/ passes lint`, async () => {
    assert.deepEqual(await lint("src/attempts/probe.ts", code), []);
  });
}

for (const [what, code] of reads) {
  test(`${what} outside attempts/ passes lint`, async () => {
    assert.deepEqual(await lint("src/results/probe.ts", code), []);
  });
}

test("tests and seeds may write attempts", async () => {
  const code = "await tx.attempt.create({ data });";
  assert.deepEqual(await lint("src/results/probe.test.ts", code), []);
  assert.deepEqual(await lint("src/seed-school.ts", code), []);
});
