import { getParagraph } from "../article";
import { blankIds } from "../item-types/cloze-text";
import { itemSources } from "../reveal";
import type { TItem } from "../schema";
import { rubricProblems } from "../written/integrity";

const repeated = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
const missingFrom = (ids: string[], known: string[]) => ids.filter((id) => !known.includes(id));

/**
 * What makes a schema-valid item unusable: a key naming choices, events or sides that do not exist,
 * blanks that do not match the text, a paragraph that is not in the article. Checked at import.
 */
export function integrityProblems(item: TItem): string[] {
  const problems: string[] = [];
  if (!item.id.startsWith(`l${item.lessonId}-`)) problems.push(`id should start with "l${item.lessonId}-"`);
  for (const source of itemSources(item)) {
    if (getParagraph(source.paragraphId) === undefined) {
      problems.push(`source paragraph ${source.paragraphId} is not in the article`);
    }
  }
  const check = (label: string, ids: string[]) => {
    if (ids.length > 0) problems.push(`${label}: ${[...new Set(ids)].join(", ")}`);
  };

  switch (item.type) {
    case "single": {
      const ids = item.choices.map((choice) => choice.id);
      check("repeated choice ids", repeated(ids));
      check("answer is not a choice", missingFrom([item.answer], ids));
      break;
    }
    case "multi": {
      const ids = item.choices.map((choice) => choice.id);
      check("repeated choice ids", repeated(ids));
      check("repeated answer ids", repeated(item.answer));
      check("answer ids that are not choices", missingFrom(item.answer, ids));
      break;
    }
    case "ordering": {
      const ids = item.events.map((event) => event.id);
      check("repeated event ids", repeated(ids));
      check("repeated answer ids", repeated(item.answer));
      check("answer ids that are not events", missingFrom(item.answer, ids));
      check("events missing from the answer", missingFrom(ids, item.answer));
      break;
    }
    case "matching": {
      const left = item.left.map((option) => option.id);
      const right = item.right.map((option) => option.id);
      check("repeated left ids", repeated(left));
      check("repeated right ids", repeated(right));
      check("answer keys that are not left items", missingFrom(Object.keys(item.answer), left));
      check("left items without an answer", missingFrom(left, Object.keys(item.answer)));
      check("answer values that are not right items", missingFrom(Object.values(item.answer), right));
      break;
    }
    case "cloze": {
      const blanks = blankIds(item.text);
      check("blanks used twice in the text", repeated(blanks));
      check("blanks without an answer", missingFrom(blanks, Object.keys(item.answer)));
      check("answers for blanks not in the text", missingFrom(Object.keys(item.answer), blanks));
      const options = item.options;
      if (options !== undefined) {
        const firsts = Object.values(item.answer).map((accepted) => accepted[0] ?? "");
        check("word bank lacks the answers", missingFrom(firsts, options));
      }
      break;
    }
    case "written":
      // Its key names criteria: each id once, each resting on a paragraph the item links to.
      problems.push(...rubricProblems(item));
      break;
    case "truefalse":
    case "numeric":
    case "date":
      break;
    default: {
      // A new item type must say here which of its ids its key may name (or add a case that breaks).
      const unhandled: never = item;
      return unhandled;
    }
  }
  return problems;
}
