import { z } from "zod";
import { ZAssignmentView } from "../assignments/outputs";
import { ZWrittenAnalysis } from "../grading/outputs";
import { sameShape } from "../contract/same-shape";
import { type gradebookCsv } from "./gradebook-csv";
import { type responsesCsv } from "./responses-csv";
import { ITEM_TYPES, ZLessonId, ZSkill, type TPublicItem, type TReveal } from "@dc/content";
import { type gradebook } from "./gradebook";
import { type assignmentResults } from "./assignment-results";
import { type attemptDetail } from "./attempt-detail";
import { type classMastery } from "./class-mastery";

/* The results procedures' declared outputs (see contract/same-shape.ts). */

/** A CSV download: UTF-8 with a BOM, which the browser saves as a Blob. */
export const ZCsvFile = z.object({ filename: z.string(), content: z.string(), rows: z.number() });

const ZPublicItem = z.custom<TPublicItem>((v) => typeof v === "object" && v !== null);
const ZReveal = z.custom<TReveal>((v) => typeof v === "object" && v !== null);

export const ZGradebookOutput = z.object({
  class: z.object({ id: z.string(), name: z.string(), archivedAt: z.date().nullable() }),
  serverNow: z.date(),
  assignments: z.array(
    ZAssignmentView.extend({
      submitted: z.number(),
      inProgress: z.number(),
      late: z.number(),
      missed: z.number(),
      passedCount: z.number(),
      failedCount: z.number(),
      averagePercent: z.number().nullable(),
      writtenItems: z.number(),
      pendingAnswers: z.number(),
    }),
  ),
  rows: z.array(
    z.object({
      student: z.object({
        classNumber: z.number().nullable(),
        email: z.string().nullable(),
        id: z.string(),
        name: z.string(),
      }),
      cells: z.array(
        z.object({
          assignmentId: z.string(),
          status: z.enum(["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "LATE", "MISSED"]),
          score: z.number().nullable(),
          maxScore: z.number().nullable(),
          percent: z.number().nullable(),
          passed: z.boolean().nullable(),
          late: z.boolean(),
          missing: z.boolean(),
          countedAttemptId: z.string().nullable(),
          submittedAt: z.date().nullable(),
          attemptsUsed: z.number(),
          attemptsAllowed: z.number(),
          pending: z.number(),
          open: z
            .object({
              attemptId: z.string(),
              answered: z.number(),
              itemCount: z.number(),
              deadline: z.date().nullable(),
            })
            .nullable(),
        }),
      ),
      averagePercent: z.number().nullable(),
      pending: z.number(),
    }),
  ),
  pendingAnswers: z.number(),
});

export const ZAssignmentResultsOutput = z.object({
  assignment: ZAssignmentView.extend({
    className: z.string(),
  }),
  serverNow: z.date(),
  summary: z.object({
    students: z.number(),
    notStarted: z.number(),
    inProgress: z.number(),
    submitted: z.number(),
    late: z.number(),
    missed: z.number(),
    analysed: z.number(),
    awaitingGrading: z.number(),
  }),
  distribution: z.object({
    n: z.number(),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  }),
  students: z.array(
    z.object({
      student: z.object({
        classNumber: z.number().nullable(),
        email: z.string().nullable(),
        id: z.string(),
        name: z.string(),
      }),
      status: z.enum(["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "LATE", "MISSED"]),
      score: z.number().nullable(),
      maxScore: z.number().nullable(),
      percent: z.number().nullable(),
      passed: z.boolean().nullable(),
      late: z.boolean(),
      countedAttemptId: z.string().nullable(),
      openAttemptId: z.string().nullable(),
      attemptsAllowed: z.number(),
      accommodation: z.object({
        source: z.enum(["ASSIGNMENT", "STANDING", "NONE"]),
        extraTimeMinutes: z.number(),
        extraTimePercent: z.number(),
        extraAttempts: z.number(),
      }),
      extraTimeMinutes: z.number(),
      attempts: z.array(
        z.object({
          attemptId: z.string(),
          number: z.number(),
          status: z.enum(["IN_PROGRESS", "SUBMITTED"]),
          startedAt: z.date(),
          submittedAt: z.date().nullable(),
          deadline: z.date().nullable(),
          autoSubmitted: z.boolean(),
          score: z.number().nullable(),
          maxScore: z.number().nullable(),
          percent: z.number().nullable(),
          late: z.boolean(),
          answered: z.number(),
        }),
      ),
    }),
  ),
  items: z.array(
    z.object({
      itemId: z.string(),
      dropped: z.boolean(),
      n: z.number(),
      answered: z.number(),
      blank: z.number(),
      facility: z.number().nullable(),
      fullCredit: z.number().nullable(),
      pointBiserial: z.number().nullable(),
      upperLower: z.number().nullable(),
      upperLowerGroupSize: z.number().nullable(),
      choices: z
        .array(
          z.object({
            id: z.string(),
            text: z.object({ zh: z.string(), en: z.string().optional() }),
            correct: z.boolean(),
            misconception: z.string().nullable(),
            count: z.number(),
            share: z.number(),
          }),
        )
        .nullable(),
      commonWrong: z
        .array(z.object({ response: z.string(), credit: z.number(), count: z.number() }))
        .nullable(),
      position: z.number(),
      lessonId: ZLessonId,
      skill: ZSkill,
      type: z.enum(ITEM_TYPES),
      prompt: z.object({ zh: z.string(), en: z.string().optional() }),
      answerText: z.object({ zh: z.string(), en: z.string() }),
      paragraphId: z.string(),
      adjustment: z
        .object({ action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER"]), reason: z.string() })
        .nullable(),
    }),
  ),
  analysis: z.object({
    attempts: z.enum(["FIRST", "BEST", "LATEST"]),
    reliability: z.union([
      z.object({
        status: z.enum(["TOO_FEW_ATTEMPTS", "TOO_FEW_ITEMS", "NO_SPREAD"]),
        method: z.null(),
        alpha: z.null(),
        mean: z.null(),
        sd: z.null(),
        sem: z.null(),
        n: z.number(),
        items: z.number(),
        maxScore: z.number(),
        minAttempts: z.number(),
      }),
      z.object({
        status: z.literal("OK"),
        method: z.enum(["KR-20", "alpha"]),
        alpha: z.number(),
        mean: z.number(),
        sd: z.number(),
        sem: z.number(),
        n: z.number(),
        items: z.number(),
        maxScore: z.number(),
        minAttempts: z.number(),
      }),
    ]),
  }),
  misconceptions: z.array(
    z.object({
      tag: z.string(),
      responses: z.number(),
      students: z.number(),
      studentShare: z.number(),
      itemIds: z.array(z.string()),
    }),
  ),
  written: ZWrittenAnalysis,
});

export const ZAttemptDetailOutput = z.object({
  attemptId: z.string(),
  number: z.number(),
  student: z.object({ email: z.string().nullable(), id: z.string(), name: z.string() }),
  assignment: z.object({ id: z.string(), title: z.string(), dueAt: z.date(), classId: z.string() }),
  status: z.enum(["IN_PROGRESS", "SUBMITTED"]),
  startedAt: z.date(),
  submittedAt: z.date().nullable(),
  deadline: z.date().nullable(),
  autoSubmitted: z.boolean(),
  late: z.boolean(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  percent: z.number().nullable(),
  items: z.array(
    z.object({
      position: z.number(),
      item: ZPublicItem,
      reveal: ZReveal,
      response: z
        .union([
          z.object({ type: z.literal("single"), choice: z.string() }),
          z.object({ type: z.literal("multi"), choices: z.array(z.string()) }),
          z.object({ type: z.literal("truefalse"), value: z.boolean() }),
          z.object({ type: z.literal("numeric"), value: z.string() }),
          z.object({
            type: z.literal("date"),
            year: z.string().optional(),
            month: z.string().optional(),
            day: z.string().optional(),
          }),
          z.object({ type: z.literal("ordering"), order: z.array(z.string()) }),
          z.object({ type: z.literal("matching"), pairs: z.record(z.string(), z.string()) }),
          z.object({ type: z.literal("cloze"), blanks: z.record(z.string(), z.string()) }),
          z.object({ type: z.literal("written"), text: z.string() }),
        ])
        .nullable(),
      responseText: z.object({ zh: z.string(), en: z.string() }).nullable(),
      savedAt: z.date().nullable(),
      score: z.number().nullable(),
      correct: z.boolean().nullable(),
      credit: z.number().nullable(),
      adjustment: z
        .object({ action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER"]), reason: z.string() })
        .nullable(),
      pending: z.boolean(),
      marking: z.object({ criteriaMet: z.array(z.string()), comment: z.string().nullable() }).nullable(),
    }),
  ),
});

export const ZClassMasteryOutput = z.object({
  class: z.object({ id: z.string(), name: z.string() }),
  scope: z.enum(["ALL", "ASSIGNMENTS"]),
  studentCount: z.number(),
  skills: z.array(
    z.object({
      mastery: z.number().nullable(),
      answered: z.number(),
      total: z.number(),
      level: z.enum(["unseen", "learning", "developing", "secure"]),
      skill: ZSkill,
    }),
  ),
  lessons: z.array(
    z.object({
      mastery: z.number().nullable(),
      answered: z.number(),
      total: z.number(),
      level: z.enum(["unseen", "learning", "developing", "secure"]),
      lessonId: ZLessonId,
      title: z.object({ zh: z.string(), en: z.string() }).nullable(),
    }),
  ),
  paragraphs: z.array(
    z.object({
      mastery: z.number().nullable(),
      answered: z.number(),
      total: z.number(),
      level: z.enum(["unseen", "learning", "developing", "secure"]),
      paragraphId: z.string(),
      sectionId: z.enum(["s0", "s1", "s2", "s3", "s4", "s5"]),
    }),
  ),
  students: z.array(
    z.object({
      skills: z.array(
        z.object({
          mastery: z.number().nullable(),
          answered: z.number(),
          total: z.number(),
          level: z.enum(["unseen", "learning", "developing", "secure"]),
          skill: ZSkill,
        }),
      ),
      mastery: z.number().nullable(),
      answered: z.number(),
      total: z.number(),
      level: z.enum(["unseen", "learning", "developing", "secure"]),
      student: z.object({
        classNumber: z.number().nullable(),
        standing: z.object({
          extraAttempts: z.number(),
          extraTimePercent: z.number(),
          extraTimeSec: z.number(),
        }),
        email: z.string().nullable(),
        id: z.string(),
        name: z.string(),
      }),
    }),
  ),
  weakItems: z.array(
    z.object({
      lessonId: ZLessonId,
      skill: ZSkill,
      type: z.enum(ITEM_TYPES),
      prompt: z.object({ zh: z.string(), en: z.string().optional() }),
      paragraphId: z.string(),
      itemId: z.string(),
      mastery: z.number(),
      students: z.number(),
    }),
  ),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZCsvFile>, TOut<typeof gradebookCsv>>(true);
sameShape<z.output<typeof ZCsvFile>, TOut<typeof responsesCsv>>(true);
sameShape<z.output<typeof ZGradebookOutput>, TOut<typeof gradebook>>(true);
sameShape<z.output<typeof ZAssignmentResultsOutput>, TOut<typeof assignmentResults>>(true);
sameShape<z.output<typeof ZAttemptDetailOutput>, TOut<typeof attemptDetail>>(true);
sameShape<z.output<typeof ZClassMasteryOutput>, TOut<typeof classMastery>>(true);
