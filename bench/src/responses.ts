import { checkAnswer, items, keyResponse, type TItem, type TResponse } from "@dc/content";

/** A response that the item's key marks right. */
export const correctResponse = keyResponse;

/** A well-formed response that is (at least partly) wrong. */
export function wrongResponse(item: TItem): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: item.choices.find((c) => c.id !== item.answer)!.id };
    case "multi":
      return {
        type: "multi",
        choices: item.choices.filter((c) => !item.answer.includes(c.id)).map((c) => c.id),
      };
    case "truefalse":
      return { type: "truefalse", value: !item.answer };
    case "numeric":
      return { type: "numeric", value: String(item.answer * 3 + 17) };
    case "date":
      return {
        type: "date",
        year: item.answer.year === undefined ? undefined : String(item.answer.year + 1),
        month: item.answer.month === undefined ? undefined : String((item.answer.month % 12) + 1),
        day: item.answer.day === undefined ? undefined : String((item.answer.day % 28) + 1),
      };
    case "ordering":
      return { type: "ordering", order: [...item.answer].reverse() };
    case "matching": {
      const rights = Object.values(item.answer);
      const lefts = Object.keys(item.answer);
      return {
        type: "matching",
        pairs: Object.fromEntries(lefts.map((l, i) => [l, rights[(i + 1) % rights.length]!])),
      };
    }
    case "cloze": {
      // With a word bank, a wrong pick is another word from it; otherwise a wrong typed answer.
      const keys = Object.keys(item.answer);
      const wrong = (k: string) => item.options?.find((o) => !item.answer[k]!.includes(o)) ?? `不知道${k}`;
      return { type: "cloze", blanks: Object.fromEntries(keys.map((k) => [k, wrong(k)])) };
    }
  }
}

/** Right with probability `pRight`, as a class of mixed ability answers. */
export function randomResponse(item: TItem, pRight = 0.65): TResponse {
  return Math.random() < pRight ? correctResponse(item) : wrongResponse(item);
}

/**
 * Items for a 20-item assignment: every type represented, then filled round-robin over lessons, so
 * saves and scoring exercise every checker.
 */
export function pickAssignmentItems(count: number, offset = 0): string[] {
  const byType = new Map<string, TItem[]>();
  for (const item of items) byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  const groups = [...byType.values()];
  const picked: string[] = [];
  for (let round = 0; picked.length < count && round < items.length; round++) {
    for (const group of groups) {
      const item = group[(round + offset) % group.length];
      if (item && picked.length < count && !picked.includes(item.id)) picked.push(item.id);
    }
  }
  return picked;
}

/** Per item, a right and two wrong responses with the checker's score, for SQL-generated answers. */
export function responseTable() {
  return items.flatMap((item) =>
    [correctResponse(item), wrongResponse(item), wrongResponse(item)].map((response, variant) => {
      const { score, correct } = checkAnswer(item, response);
      return { itemId: item.id, variant, response: JSON.stringify(response), score, correct };
    }),
  );
}
