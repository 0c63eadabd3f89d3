// A reverse-direction import fails lint, with each package's real ESLint config.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ESLint } from "eslint";

const root = path.resolve(import.meta.dirname, "../..");

async function lint(pkg, code) {
  const cwd = path.join(root, pkg);
  // Only the boundaries rule, parsed without type information: fast, and the probe file need not exist.
  const eslint = new ESLint({
    cwd,
    ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, "src/boundary-probe.ts") });
  assert.deepEqual(
    result.messages.filter((m) => m.ruleId !== "no-restricted-imports"),
    [],
  );
  return result.messages.map((m) => m.message);
}

const cases = [
  ["packages/content", 'export { appRouter } from "@dc/api";', true],
  ["packages/content", 'export { getDb } from "@dc/db";', true],
  ["packages/db", 'export { items } from "@dc/content";', true],
  ["packages/db", 'export { appRouter } from "@dc/api";', true],
  ["packages/api", 'export { env } from "@dc/web/src/env";', true],
  ["packages/api", 'export { getDb } from "../../db/src/client";', true],
  ["packages/api", 'export { getDb } from "@dc/db";', false],
  ["apps/web", 'export { appRouter } from "@dc/api";', false],
  ["apps/web", 'export { GET } from "../../api/trpc/route";', false],
];

for (const [pkg, code, fails] of cases) {
  test(`${pkg}: ${code} ${fails ? "fails" : "passes"} lint`, async () => {
    const messages = await lint(pkg, code);
    assert.equal(messages.length > 0, fails, messages.join("\n"));
  });
}
