import { checkAnswer, items, keyResponse, type TItem, type TResponse, wrongResponse } from "@dc/content";

/** A response that the item's key marks right. */
export const correctResponse = keyResponse;

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
