import {
  checkAnswer,
  isPending,
  items,
  keyResponse,
  type TItem,
  type TPublicItem,
  type TResponse,
  wrongResponse,
} from "@dc/content";

/** A response that the item's key marks right. */
export const correctResponse = keyResponse;

/** Right with probability `pRight`, as a class of mixed ability answers. */
export function randomResponse(item: TItem, pRight = 0.65): TResponse {
  return Math.random() < pRight ? correctResponse(item) : wrongResponse(item);
}

/** The items scored on submission: not a type a teacher scores afterwards (a written answer is pending). */
const autoScored = items.filter((item) => !isPending(checkAnswer(item, keyResponse(item))));

/**
 * Items for a 20-item assignment: every auto-scored type represented, then filled round-robin over
 * lessons, so saves and scoring exercise every checker (and every submission is scored at once,
 * which the exam's checks count on).
 */
export function pickAssignmentItems(count: number, offset = 0): string[] {
  const byType = new Map<string, TItem[]>();
  for (const item of autoScored) byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  const groups = [...byType.values()];
  const picked: string[] = [];
  for (let round = 0; picked.length < count && round < autoScored.length; round++) {
    for (const group of groups) {
      const item = group[(round + offset) % group.length];
      if (item && picked.length < count && !picked.includes(item.id)) picked.push(item.id);
    }
  }
  return picked;
}

/** Per item, a right and two wrong responses with the checker's score, for SQL-generated answers. */
export function responseTable() {
  return autoScored.flatMap((item) =>
    [correctResponse(item), wrongResponse(item), wrongResponse(item)].map((response, variant) => {
      const { score, correct } = checkAnswer(item, response);
      return { itemId: item.id, variant, response: JSON.stringify(response), score, correct };
    }),
  );
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const someOf = <T>(list: readonly T[]) => {
  const chosen = list.filter(() => Math.random() < 0.5);
  return chosen.length ? chosen : [pick(list)];
};

/**
 * A well-formed response built only from what the student's browser is shown: the attempt's
 * public view of the item. Choice, event and option ids are read from the view (they may be
 * per-attempt ids, not the bank's), so the answer is right or wrong by chance, as a guess is.
 */
export function responseFromView(item: TPublicItem): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: pick(item.choices).id };
    case "multi":
      return { type: "multi", choices: someOf(item.choices).map((c) => c.id) };
    case "truefalse":
      return { type: "truefalse", value: Math.random() < 0.5 };
    case "numeric":
      return { type: "numeric", value: String(Math.floor(Math.random() * 2000)) };
    case "date": {
      const parts = {
        year: 1900 + Math.floor(Math.random() * 125),
        month: 1 + Math.floor(Math.random() * 12),
        day: 1 + Math.floor(Math.random() * 28),
      };
      return {
        type: "date",
        ...Object.fromEntries(item.parts.map((part) => [part, String(parts[part])])),
      };
    }
    case "ordering":
      return { type: "ordering", order: [...item.events].sort(() => Math.random() - 0.5).map((e) => e.id) };
    case "matching":
      return {
        type: "matching",
        pairs: Object.fromEntries(item.left.map((l) => [l.id, pick(item.right).id])),
      };
    case "cloze":
      return {
        type: "cloze",
        blanks: Object.fromEntries(
          item.blanks.map((b) => [b, item.options ? pick(item.options) : pick(["市場", "國內", "外循環"])]),
        ),
      };
    case "written":
      return { type: "written", text: pick(["以內循環為主，外循環為輔。", "擴大內需。", "不知道。"]) };
  }
}

/** What the attempt page shows: the items as the student's browser gets them (per-attempt choice ids). */
export type AttemptView = { id: string; deadline: Date | null; items: { item: TPublicItem }[] };

/** A response to each item of a view, by item id, read only from what the view shows. */
export function responsesFromView(view: AttemptView): Map<string, TResponse> {
  return new Map(view.items.map(({ item }) => [item.id, responseFromView(item)]));
}
