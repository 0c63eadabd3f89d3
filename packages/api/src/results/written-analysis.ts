import { type Db } from "@dc/db";
import { adjustedPoints, writtenItemsOf } from "../grading/written-item";
import { rubricAnalysis } from "./rubric-analysis";

/**
 * The rubric analysis of an assignment's written items over the analysed attempts (one per student):
 * teacher gradings only, so a learner's self-grade never counts. Two queries.
 */
export async function writtenAnalysis(
  db: Db,
  assignment: { id: string; itemIds: readonly string[] },
  attemptIds: readonly string[],
) {
  const items = writtenItemsOf(assignment);
  if (!items.length) return [];
  const [grades, adjustments] = await Promise.all([
    attemptIds.length
      ? db.writtenGrade.findMany({
          where: { attemptId: { in: [...attemptIds] }, selfGraded: false },
          select: { itemId: true, criteriaMet: true },
        })
      : [],
    db.rubricAdjustment.findMany({ where: { assignmentId: assignment.id } }),
  ]);
  return items.map((item) => ({
    itemId: item.id,
    position: assignment.itemIds.indexOf(item.id) + 1,
    prompt: item.prompt,
    rubric: item.rubric.map((c) => ({ id: c.id, description: c.description })),
    ...rubricAnalysis(
      item.rubric,
      grades.filter((g) => g.itemId === item.id).map((g) => g.criteriaMet),
      adjustedPoints(adjustments, item.id),
    ),
  }));
}
