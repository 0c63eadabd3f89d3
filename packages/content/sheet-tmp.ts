import { writtenItems } from "./src/written";
const ids = process.argv.slice(2);
for (const i of writtenItems.filter((x) => ids.length === 0 || ids.some((p) => x.id.startsWith(p)))) {
  console.log(`## ${i.id} [${i.pool}] ${i.skill}\nQ: ${i.prompt.zh}\nQen: ${i.prompt.en}\nA: ${i.modelAnswer.zh}\nAen: ${i.modelAnswer.en}`);
  for (const c of i.rubric) console.log(`- ${c.id} (${c.points}) ${c.description.zh} | ${c.description.en} <${c.sources.map((s) => s.paragraphId).join(",")}>`);
  console.log(`E: ${i.explanation.zh}\nEen: ${i.explanation.en}\nS: ${[i.source, ...(i.moreSources ?? [])].map((s) => s.paragraphId + " " + s.quote).join(" / ")}\n`);
}
