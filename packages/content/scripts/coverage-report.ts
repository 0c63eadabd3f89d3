/**
 * The bank in numbers, then every date and figure of the article and the items that test each:
 *   pnpm --filter @dc/content report
 * Counts by pool, lesson, skill, type and number of sources; where the keys sit among the choices.
 * Exits non-zero when a fact has no item or key positions are unbalanced (the rules the tests enforce).
 */
import { items } from "../src";
import { bankStats, type TCounts } from "../src/bank/stats";
import { articleFacts, factCoverage, NOT_FACTS } from "../src/facts";

const counts = (c: TCounts) =>
  Object.entries(c)
    .map(([key, n]) => `${key}: ${n}`)
    .join(", ");
const shares = (positions: number[]) => {
  const total = positions.reduce((sum, n) => sum + n, 0);
  return positions
    .map((n, i) => `#${i + 1} ${n} (${total === 0 ? 0 : Math.round((100 * n) / total)}%)`)
    .join("  ");
};

const stats = bankStats(items);
for (const pool of stats) {
  const k = pool.keyPositions;
  console.log(`== ${pool.pool}: ${pool.total} items`);
  console.log(`  lesson   ${counts(pool.byLesson)}`);
  console.log(
    `  skill    ${counts(pool.bySkill)} (logic ${pool.total === 0 ? 0 : Math.round((100 * (pool.bySkill.logic ?? 0)) / pool.total)}%)`,
  );
  console.log(`  type     ${counts(pool.byType)}`);
  console.log(`  sources  ${counts(pool.bySources)} (paragraphs per item)`);
  console.log(`  calculated numeric keys: ${pool.calculated}`);
  console.log(`  single keys (${k.singleCount} items) at choice ${shares(k.single)}`);
  console.log(
    `  multi keys (${k.multiCount} items) at choice ${shares(k.multi)}; first-k keys: ${k.multiPrefix}`,
  );
  console.log(
    `  key balance: ${pool.balanceProblems.length === 0 ? "ok" : pool.balanceProblems.join("; ")}\n`,
  );
}

const coverage = factCoverage(articleFacts, items);
const missing = coverage.filter((entry) => entry.itemIds.length === 0);

const lines = coverage.map(({ fact, itemIds }) => {
  const tested = itemIds.length > 0 ? itemIds.join(", ") : "-- NO ITEM --";
  return `${fact.paragraphId.padEnd(6)} ${fact.kind.padEnd(6)} ${fact.text.padEnd(12)} ${tested}`;
});

console.log(`Dates and figures in the article: ${coverage.length} (${items.length} items in the bank)\n`);
console.log(lines.join("\n"));
console.log(
  `\nNot facts (allowlisted): ${NOT_FACTS.map((entry) => `${entry.paragraphId} ${entry.text}`).join("; ")}`,
);
console.log(`\nUntested: ${missing.length}`);
if (missing.length > 0 || stats.some((pool) => pool.balanceProblems.length > 0)) process.exitCode = 1;
