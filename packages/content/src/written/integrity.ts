import { getParagraph } from "../article";
import type { TSource } from "../schema";
import type { TWrittenItem } from "../item-types/written";

/** The primary source, then any further ones: the paragraphs the item links to. */
export function writtenItemSources(item: TWrittenItem): TSource[] {
  return [item.source, ...(item.moreSources ?? [])];
}

/**
 * What makes a schema-valid written item unusable: an id of another lesson, a paragraph not in the
 * article, two criteria with one id, or a criterion resting on a paragraph the item does not link to
 * (the learner's "read the paragraph" link must lead to everything the rubric checks). Run at import.
 */
export function writtenIntegrityProblems(item: TWrittenItem): string[] {
  const problems: string[] = [];
  if (!item.id.startsWith(`l${item.lessonId}-`)) problems.push(`id should start with "l${item.lessonId}-"`);
  const linked = writtenItemSources(item).map((source) => source.paragraphId);
  for (const paragraphId of new Set(linked)) {
    if (getParagraph(paragraphId) === undefined)
      problems.push(`paragraph ${paragraphId} is not in the article`);
  }
  return [...problems, ...rubricProblems(item)];
}

/**
 * The rubric's part of that (the bank's `integrityProblems` runs it too): criteria ids repeated, or a
 * criterion resting on a paragraph that is not in the article or not linked from the item.
 */
export function rubricProblems(item: TWrittenItem): string[] {
  const problems: string[] = [];
  const linked = new Set(writtenItemSources(item).map((source) => source.paragraphId));
  const criterionParagraphs = item.rubric.flatMap((c) => c.sources.map((source) => source.paragraphId));
  for (const paragraphId of new Set(criterionParagraphs)) {
    if (!linked.has(paragraphId) && getParagraph(paragraphId) === undefined)
      problems.push(`paragraph ${paragraphId} is not in the article`);
  }
  const ids = item.rubric.map((criterion) => criterion.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) problems.push(`repeated criterion ids: ${[...new Set(repeated)].join(", ")}`);
  for (const criterion of item.rubric) {
    const unlinked = criterion.sources.filter((source) => !linked.has(source.paragraphId));
    for (const source of unlinked) {
      problems.push(`criterion ${criterion.id} rests on ${source.paragraphId}, which the item does not cite`);
    }
  }
  return problems;
}
