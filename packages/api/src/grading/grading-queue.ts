import { type Db } from "@dc/db";
import { ownedAssignment } from "../assignments/owned-assignment";
import { writtenText } from "./answer-text";
import { groupAnswers } from "./group-answers";
import { rubricScore } from "@dc/content";
import { adjustedPoints, writtenItemOf } from "./written-item";

type TMarking = { criteriaMet: string[]; comment: string | null };

const sameMarking = (a: TMarking, b: TMarking) =>
  a.comment === b.comment && a.criteriaMet.join("\n") === b.criteriaMet.join("\n");

/**
 * The grading queue of one written question of an assignment: every submitted answer, grouped so
 * that one decision grades alike answers (group-answers.ts), each with its students and marking; the
 * rubric with this assignment's points; and the progress. Teachers of the class only (NOT_FOUND else).
 */
export async function gradingQueue(
  db: Db,
  teacherId: string,
  input: { assignmentId: string; itemId: string },
) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const item = writtenItemOf(assignment, input.itemId);
  const [adjustments, answers] = await Promise.all([
    db.rubricAdjustment.findMany({ where: { assignmentId: assignment.id, itemId: item.id } }),
    db.answer.findMany({
      where: { itemId: item.id, attempt: { assignmentId: assignment.id, status: "SUBMITTED" } },
      orderBy: [{ attempt: { submittedAt: "asc" } }, { attemptId: "asc" }],
      select: {
        attemptId: true,
        response: true,
        score: true,
        grade: { select: { criteriaMet: true, comment: true, selfGraded: true, gradedAt: true } },
        attempt: {
          select: {
            submittedAt: true,
            user: {
              select: {
                id: true,
                name: true,
                enrollments: { where: { classId: assignment.classId }, select: { classNumber: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  const adjusted = adjustedPoints(adjustments, item.id);
  const rows = answers.map((a) => {
    const grade = a.grade && !a.grade.selfGraded ? a.grade : null;
    return {
      attemptId: a.attemptId,
      student: {
        id: a.attempt.user.id,
        name: a.attempt.user.name,
        classNumber: a.attempt.user.enrollments[0]?.classNumber ?? null,
      },
      text: writtenText(a.response),
      submittedAt: a.attempt.submittedAt,
      marking: grade ? { criteriaMet: grade.criteriaMet, comment: grade.comment } : null,
      points: grade ? rubricScore(item.rubric, grade.criteriaMet, adjusted).points : null,
      gradedAt: grade?.gradedAt ?? null,
    };
  });
  const groups = groupAnswers(rows, (r) => r.text).map((group) => {
    const markings = group.answers.map((a) => a.marking);
    const first = markings[0] ?? null;
    const uniform = first !== null && markings.every((m) => m !== null && sameMarking(m, first));
    return {
      key: group.key,
      size: group.answers.length,
      graded: markings.filter((m) => m !== null).length,
      /** The group's marking when every answer in it is graded alike; null otherwise. */
      marking: uniform ? first : null,
      answers: group.answers,
    };
  });
  const rubric = item.rubric.map((c) => {
    const adjustment = adjustments.find((a) => a.criterionId === c.id);
    return {
      id: c.id,
      description: c.description,
      bankPoints: c.points,
      points: adjusted[c.id] ?? c.points,
      adjustment: adjustment ? { points: adjustment.points, reason: adjustment.reason } : null,
    };
  });
  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      classId: assignment.classId,
      className: assignment.class.name,
      releasedAt: assignment.releasedAt,
    },
    item: { id: item.id, prompt: item.prompt, modelAnswer: item.modelAnswer, rubric },
    maxPoints: rubric.reduce((sum, c) => sum + c.points, 0),
    progress: {
      graded: rows.filter((r) => r.marking !== null).length,
      total: rows.length,
      groups: groups.length,
      groupsLeft: groups.filter((g) => g.graded < g.size).length,
    },
    groups,
  };
}
