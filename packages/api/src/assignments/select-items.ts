import { getItem, items, SKILLS, type TLessonId, type TPool, type TSkill } from "@dc/content";
import { drawStratified, type Random } from "../attempts/draw-items";
import { drawable } from "../pools/pools";
import { duplicateItem, notEnoughItems, unknownItem } from "./errors";

export type TSelection =
  | { mode: "draw"; lessonIds: TLessonId[]; skills: TSkill[]; itemCount: number; pool?: TPool }
  | { mode: "pick"; itemIds: string[] };

const bankOrder = new Map(items.map((item, index) => [item.id, index]));

/**
 * The items of a new assignment, fixed once for every student. Drawn: sampled from the chosen
 * lessons and skills, round-robin over the skills (so none is left out by chance), then listed in
 * bank order (lesson by lesson, as the text runs), from the assessment pool unless the teacher
 * chose practice items (then `NOT_ENOUGH_ITEMS` counts that pool). Picked: the teacher's items in the teacher's order.
 */
export function selectItems(selection: TSelection, random?: Random) {
  if (selection.mode === "pick") {
    const seen = new Set<string>();
    for (const id of selection.itemIds) {
      if (!getItem(id)) throw unknownItem(id);
      if (seen.has(id)) throw duplicateItem(id);
      seen.add(id);
    }
    const picked = selection.itemIds.map((id) => getItem(id)!);
    return {
      itemIds: [...selection.itemIds],
      lessonIds: [...new Set(picked.map((i) => i.lessonId))].sort((a, b) => a - b),
      skills: SKILLS.filter((s) => picked.some((i) => i.skill === s)),
      handPicked: true,
    };
  }
  const lessons = new Set(selection.lessonIds);
  const skills = new Set(selection.skills);
  const from = selection.pool ?? "assessment";
  const pool = items.filter(
    (i) => i.pool === from && drawable(i) && lessons.has(i.lessonId) && skills.has(i.skill),
  );
  if (pool.length < selection.itemCount) throw notEnoughItems(pool.length);
  const drawn = drawStratified(pool, selection.itemCount, random);
  return {
    itemIds: drawn.sort((a, b) => bankOrder.get(a)! - bankOrder.get(b)!),
    lessonIds: [...lessons].sort((a, b) => a - b),
    skills: SKILLS.filter((s) => skills.has(s)),
    handPicked: false,
  };
}
