import { answerText, items, toPublicItem, type TItem } from "@dc/content";
import { type Db } from "@dc/db";
import { itemExposure } from "./item-exposure";

export type TBankFilter = {
  lessonId?: TItem["lessonId"];
  skill?: TItem["skill"];
  type?: TItem["type"];
  pool?: TItem["pool"];
};

/** The bank, filtered by lesson, skill and item type (each optional), for browsing and hand-picking. */
export async function listBank(db: Db, input: TBankFilter) {
  const found = items.filter(
    (item) =>
      (input.lessonId === undefined || item.lessonId === input.lessonId) &&
      (input.skill === undefined || item.skill === input.skill) &&
      (input.type === undefined || item.type === input.type) &&
      (input.pool === undefined || item.pool === input.pool),
  );
  const exposure = await itemExposure(
    db,
    found.filter((item) => item.pool === "assessment").map((item) => item.id),
  );
  return found.map((item) => ({
    id: item.id,
    pool: item.pool,
    /** Assessment items: how many students have had the key released (null for practice items). */
    exposedTo: item.pool === "assessment" ? (exposure.get(item.id) ?? 0) : null,
    lessonId: item.lessonId,
    skill: item.skill,
    type: item.type,
    prompt: item.prompt,
    answer: answerText(item, "zh"),
    explanation: item.explanation,
    source: item.source,
    /** The item as a student sees it (choices, events...), for a preview. */
    view: toPublicItem(item),
    /** A written item's criteria, which the teacher marks against (null for other types). */
    rubric:
      item.type === "written"
        ? item.rubric.map(({ id, points, description }) => ({ id, points, description }))
        : null,
  }));
}
