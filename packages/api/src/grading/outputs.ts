import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type adjustRubric } from "./adjust-rubric";
import { type gradeAnswers } from "./grade-answers";
import { type gradingQueue } from "./grading-queue";
import { type writtenQuestions } from "./written-questions";
import { type writtenAnalysis } from "../results/written-analysis";

/* The grading procedures' declared outputs (see contract/same-shape.ts). */

const ZBilingual = z.object({ zh: z.string(), en: z.string() });
const ZMarking = z.object({ criteriaMet: z.array(z.string()), comment: z.string().nullable() });

export const ZWrittenQuestions = z.object({
  assignment: z.object({ id: z.string(), title: z.string(), classId: z.string() }),
  questions: z.array(
    z.object({
      itemId: z.string(),
      number: z.number(),
      prompt: ZBilingual,
      total: z.number(),
      graded: z.number(),
    }),
  ),
});

const ZQueueAnswer = z.object({
  attemptId: z.string(),
  student: z.object({ id: z.string(), name: z.string(), classNumber: z.number().nullable() }),
  text: z.string(),
  submittedAt: z.date().nullable(),
  marking: ZMarking.nullable(),
  points: z.number().nullable(),
  gradedAt: z.date().nullable(),
});

export const ZGradingQueue = z.object({
  assignment: z.object({
    id: z.string(),
    title: z.string(),
    classId: z.string(),
    className: z.string(),
    releasedAt: z.date().nullable(),
  }),
  item: z.object({
    id: z.string(),
    prompt: ZBilingual,
    modelAnswer: ZBilingual,
    rubric: z.array(
      z.object({
        id: z.string(),
        description: ZBilingual,
        bankPoints: z.number(),
        points: z.number(),
        adjustment: z.object({ points: z.number(), reason: z.string() }).nullable(),
      }),
    ),
  }),
  maxPoints: z.number(),
  progress: z.object({ graded: z.number(), total: z.number(), groups: z.number(), groupsLeft: z.number() }),
  groups: z.array(
    z.object({
      key: z.string(),
      size: z.number(),
      graded: z.number(),
      marking: ZMarking.nullable(),
      answers: z.array(ZQueueAnswer),
    }),
  ),
});

export const ZGraded = z.object({
  graded: z.number(),
  score: z.number(),
  attemptsSettled: z.number(),
  criteriaMet: z.array(z.string()),
});

const ZRegradeChange = z.object({
  studentId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  attemptId: z.string(),
  oldScore: z.number(),
  oldMaxScore: z.number(),
  newScore: z.number(),
  newMaxScore: z.number(),
});

export const ZRubricAdjusted = z.object({
  assignmentId: z.string(),
  itemId: z.string(),
  criterionId: z.string(),
  points: z.number(),
  regradeId: z.string(),
  answersRescored: z.number(),
  answersGraded: z.number(),
  changes: z.array(ZRegradeChange),
});

/**
 * `results.assignment`'s `written` field (the rubric analysis), ready for that procedure's declared
 * output: export it and add `written: ZWrittenAnalysis` there.
 */
export const ZWrittenAnalysis = z.array(
  z.object({
    itemId: z.string(),
    position: z.number(),
    prompt: ZBilingual,
    rubric: z.array(z.object({ id: z.string(), description: ZBilingual })),
    graded: z.number(),
    maxPoints: z.number(),
    meanPoints: z.number().nullable(),
    criteria: z.array(z.object({ id: z.string(), points: z.number(), share: z.number().nullable() })),
    distribution: z.array(z.object({ points: z.number(), count: z.number() })),
  }),
);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZWrittenQuestions>, TOut<typeof writtenQuestions>>(true);
sameShape<z.output<typeof ZGradingQueue>, TOut<typeof gradingQueue>>(true);
sameShape<z.output<typeof ZGraded>, TOut<typeof gradeAnswers>>(true);
sameShape<z.output<typeof ZRubricAdjusted>, TOut<typeof adjustRubric>>(true);
sameShape<z.output<typeof ZWrittenAnalysis>, TOut<typeof writtenAnalysis>>(true);
