import { getWrittenItem, type TWrittenItem } from "@dc/content/written";
import { itemNotInAssignment } from "../assignments/errors";
import { notWritten, unknownCriterion } from "./errors";
import { type TCriterionPoints } from "@dc/content";

/** The assignment's written item `itemId`, or a clear refusal (not in the assignment, not written). */
export function writtenItemOf(assignment: { itemIds: readonly string[] }, itemId: string): TWrittenItem {
  if (!assignment.itemIds.includes(itemId)) throw itemNotInAssignment();
  const item = getWrittenItem(itemId);
  if (!item) throw notWritten();
  return item;
}

/** The assignment's written items, in the assignment's order. */
export const writtenItemsOf = (assignment: { itemIds: readonly string[] }): TWrittenItem[] =>
  assignment.itemIds.map((id) => getWrittenItem(id)).filter((item) => item !== undefined);

/** The criteria met, checked against the rubric (an unknown id is refused) and in the rubric's order. */
export function checkCriteria(item: TWrittenItem, criteriaMet: readonly string[]): string[] {
  const ids = new Set(item.rubric.map((c) => c.id));
  for (const id of criteriaMet) if (!ids.has(id)) throw unknownCriterion(id);
  const met = new Set(criteriaMet);
  return item.rubric.filter((c) => met.has(c.id)).map((c) => c.id);
}

/** The assignment's adjusted points of this item's criteria, as `rubricScore` takes them. */
export const adjustedPoints = (
  rows: readonly { itemId: string; criterionId: string; points: number }[],
  itemId: string,
): TCriterionPoints =>
  Object.fromEntries(rows.filter((r) => r.itemId === itemId).map((r) => [r.criterionId, r.points]));
