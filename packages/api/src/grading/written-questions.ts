import { type Db } from "@dc/db";
import { ownedAssignment } from "../assignments/owned-assignment";
import { writtenItemsOf } from "./written-item";

/**
 * An assignment's written questions, in its order, each with its grading progress (answers of
 * submitted attempts graded by a teacher, of all). Teachers of the class only (NOT_FOUND else).
 */
export async function writtenQuestions(db: Db, teacherId: string, input: { assignmentId: string }) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const items = writtenItemsOf(assignment);
  const answers = items.length
    ? await db.answer.findMany({
        where: {
          itemId: { in: items.map((i) => i.id) },
          attempt: { assignmentId: assignment.id, status: "SUBMITTED" },
        },
        select: { itemId: true, grade: { select: { selfGraded: true } } },
      })
    : [];
  return {
    assignment: { id: assignment.id, title: assignment.title, classId: assignment.classId },
    questions: items.map((item) => {
      const mine = answers.filter((a) => a.itemId === item.id);
      return {
        itemId: item.id,
        /** Its position in the assignment (1-based), as the results page numbers it. */
        number: assignment.itemIds.indexOf(item.id) + 1,
        prompt: item.prompt,
        total: mine.length,
        graded: mine.filter((a) => a.grade && !a.grade.selfGraded).length,
      };
    }),
  };
}
