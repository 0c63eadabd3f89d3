import { adjustRubric } from "../grading/adjust-rubric";
import { gradeAnswers } from "../grading/grade-answers";
import { gradingQueue } from "../grading/grading-queue";
import { ZGraded, ZGradingQueue, ZRubricAdjusted, ZWrittenQuestions } from "../grading/outputs";
import { ZAdjustRubric, ZAssignmentRef, ZGradeAnswers, ZQuestionRef } from "../grading/schemas";
import { writtenQuestions } from "../grading/written-questions";
import { createTRPCRouter, teacherProcedure } from "../trpc";

/** Grading written answers: for the teachers of the assignment's class only (NOT_FOUND else). */
export const gradingRouter = createTRPCRouter({
  /** The assignment's written questions with their progress (the grading index). */
  questions: teacherProcedure
    .input(ZAssignmentRef)
    .output(ZWrittenQuestions)
    .query(({ ctx, input }) => writtenQuestions(ctx.db, ctx.session.id, input)),

  /** One question's submitted answers, grouped alike, with the rubric and progress. */
  queue: teacherProcedure
    .input(ZQuestionRef)
    .output(ZGradingQueue)
    .query(({ ctx, input }) => gradingQueue(ctx.db, ctx.session.id, input)),

  /** One decision for a group of answers (or one): criteria met and a comment. */
  grade: teacherProcedure
    .input(ZGradeAnswers)
    .output(ZGraded)
    .mutation(({ ctx, input }) => gradeAnswers(ctx.db, ctx.session.id, input)),

  /** A criterion's points for this assignment: re-scores every graded answer, logged. */
  adjustRubric: teacherProcedure
    .input(ZAdjustRubric)
    .output(ZRubricAdjusted)
    .mutation(({ ctx, input }) => adjustRubric(ctx.db, ctx.session.id, input)),
});
