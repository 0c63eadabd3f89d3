import { ZLessonId, ZResponse, type TPublicItem, type TReveal } from "@dc/content";
import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type checkPracticeAnswer } from "./check-answer";
import { type saveAnswer } from "./save-answer";
import { type selfGrade } from "./self-grade";
import { type startLessonAttempt } from "./start-attempt";
import { type TAttemptView } from "./view-attempt";
import { ZWrittenMarking } from "./written-view";

/*
 * The attempt procedures' declared outputs. An item's public view and its reveal belong to its item
 * type (packages/content); they are declared here by their types, and checked there.
 */
const ZPublicItem = z.custom<TPublicItem>((v) => typeof v === "object" && v !== null);
const ZReveal = z.custom<TReveal>((v) => typeof v === "object" && v !== null);
const ZKind = z.enum(["PRACTICE", "QUIZ", "REVIEW", "ASSIGNMENT"]);
const ZStatus = z.enum(["IN_PROGRESS", "SUBMITTED"]);
/** An answer's score, or pending while a teacher has yet to score it (content's TCheckResult). */
const ZScored = z.object({ score: z.number(), correct: z.boolean() });
const ZResult = z.union([
  ZScored,
  z.object({ score: z.null(), correct: z.null(), pending: z.literal(true) }),
]);

export const ZStarted = z.object({ id: z.string(), resumed: z.boolean() });

export const ZAttemptView = z.object({
  id: z.string(),
  kind: ZKind,
  lessonId: z.number().nullable(),
  assignmentId: z.string().nullable(),
  assignmentTitle: z.string().nullable(),
  status: ZStatus,
  startedAt: z.date(),
  deadline: z.date().nullable(),
  graceMs: z.number(),
  submittedAt: z.date().nullable(),
  autoSubmitted: z.boolean(),
  serverNow: z.date(),
  score: z.number().nullable(),
  scoreWithheld: z.boolean(),
  maxScore: z.number(),
  feedbackWithheld: z.boolean(),
  pending: z.number(),
  scoredPart: z.object({ score: z.number(), maxScore: z.number() }).nullable(),
  /** The server's rules the player follows: each answer is checked on its own (practice, review). */
  checksEachAnswer: z.boolean(),
  /** A lesson practice or quiz can be started again from its results: what to start. */
  again: z.object({ kind: z.enum(["PRACTICE", "QUIZ"]), lessonId: ZLessonId }).nullable(),
  items: z.array(
    z.object({
      item: ZPublicItem,
      answer: z
        .object({ response: ZResponse.nullable(), revision: z.number(), savedAt: z.date() })
        .nullable(),
      final: z.boolean(),
      result: ZScored.nullable(),
      reveal: ZReveal.nullable(),
      adjustment: z
        .object({ action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER"]), reason: z.string().nullable() })
        .nullable(),
      credit: z.number().nullable(),
      written: ZWrittenMarking.nullable(),
    }),
  ),
});

export const ZSaved = z.object({
  itemId: z.string(),
  revision: z.number(),
  savedAt: z.date(),
  locked: z.boolean(),
});

export const ZChecked = z.object({ result: ZResult, reveal: ZReveal, response: ZResponse.nullable() });

export const ZSelfGraded = z.object({
  criteriaMet: z.array(z.string()),
  points: z.number(),
  maxPoints: z.number(),
  score: z.number(),
  /** False when the answer had been self-graded already (that marking is returned unchanged). */
  created: z.boolean(),
});

export const ZRecentAttempts = z.array(
  z.object({
    id: z.string(),
    kind: ZKind,
    lessonId: z.number().nullable(),
    status: ZStatus,
    startedAt: z.date(),
    submittedAt: z.date().nullable(),
    score: z.number().nullable(),
    itemIds: z.array(z.string()),
    deadline: z.date().nullable(),
  }),
);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZStarted>, TOut<typeof startLessonAttempt>>(true);
sameShape<z.output<typeof ZAttemptView>, TAttemptView>(true);
sameShape<z.output<typeof ZSaved>, TOut<typeof saveAnswer>>(true);
sameShape<z.output<typeof ZChecked>, TOut<typeof checkPracticeAnswer>>(true);
sameShape<z.output<typeof ZSelfGraded>, TOut<typeof selfGrade>>(true);
