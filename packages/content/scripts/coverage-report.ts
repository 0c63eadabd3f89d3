/**
 * Lists every date and figure the patterns find in the article and the items that test each:
 *   pnpm --filter @dc/content report
 * Exits non-zero when a fact has no item (the same rule test/coverage.test.ts enforces).
 */
import { items } from "../src";
import { articleFacts, factCoverage, NOT_FACTS } from "../src/facts";

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
if (missing.length > 0) process.exitCode = 1;
