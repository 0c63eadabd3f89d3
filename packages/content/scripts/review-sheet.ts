/**
 * Prints assessment items for their second reader, as Markdown: each item with its key in words, its
 * explanation and the full text of every paragraph it cites, so the reader can check it against the
 * article without the item's author. Items already in the review record are left out unless named.
 *   pnpm --filter @dc/content review:sheet            # every assessment item not yet reviewed
 *   pnpm --filter @dc/content review:sheet l2-...     # these items
 */
import { answerText, getParagraph, itemSources, itemsInPool, type TItem } from "../src";
import { reviewRecord } from "../src/review/record";

const named = process.argv.slice(2);
const reviewed = new Set(reviewRecord.map((entry) => entry.itemId));
const chosen = itemsInPool("assessment").filter((item) =>
  named.length > 0 ? named.includes(item.id) : !reviewed.has(item.id),
);

function options(item: TItem): string[] {
  switch (item.type) {
    case "single":
    case "multi":
      return item.choices.map((choice) => `- (${choice.id}) ${choice.text.zh}`);
    case "ordering":
      return item.events.map((event) => `- [${event.id}] ${event.text.zh}`);
    case "matching":
      return [
        ...item.left.map((option) => `- L ${option.id}: ${option.text.zh}`),
        ...item.right.map((option) => `- R ${option.id}: ${option.text.zh}`),
      ];
    case "cloze":
      return [`- ${item.text}`, ...(item.options ? [`- word bank: ${item.options.join(" / ")}`] : [])];
    case "numeric":
      return [
        `- unit ${item.unit}, tolerance ±${item.tolerance}` +
          (item.calculation ? `, calculation ${item.calculation}` : ""),
      ];
    case "written":
      return item.rubric.map((c) => `- [${c.id}] ${c.points} 分：${c.description.zh}`);
    case "truefalse":
    case "date":
      return [];
  }
}

const sheet = chosen.map((item) =>
  [
    `## ${item.id} (lesson ${item.lessonId}, ${item.skill}, ${item.type})`,
    "",
    item.prompt.zh,
    ...options(item),
    "",
    `**Key:** ${answerText(item, "zh")}`,
    "",
    `**Explanation:** ${item.explanation.zh}`,
    "",
    ...itemSources(item).flatMap((source) => [
      `> **${source.paragraphId}** quote: 「${source.quote}」`,
      `> ${(getParagraph(source.paragraphId)?.text ?? "").replace(/\n/g, "\n> ")}`,
      "",
    ]),
    "Verdict (accepted / revised / rejected), changes:",
    "",
  ].join("\n"),
);

console.log(`# Assessment items to review: ${chosen.length}\n\n${sheet.join("\n")}`);
