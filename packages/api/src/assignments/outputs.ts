import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type toAssignmentView } from "./assignment-view";
import { type deleteAssignment } from "./delete-assignment";
import { type setAccommodation } from "./set-accommodation";
import { type startAssignmentAttempt } from "../attempts/start-assignment-attempt";
import { type studentAssignments } from "./student-assignments";
import { type TItem, type TPublicItem, type TReveal } from "@dc/content";
import { type Prisma } from "@dc/db";
import { type duplicateAssignment } from "./duplicate-assignment";
import { type releaseNow } from "./release-now";
import { type previewAssignment, type checkPreview } from "./preview-assignment";
import { type listAssignments } from "./list-assignments";
import { type getAssignment } from "./get-assignment";
import { type adjustItem } from "./adjust-item";
import { type listRegrades } from "./list-regrades";

/* The assignment procedures' declared outputs (see contract/same-shape.ts). */

const ZPolicy = z.enum(["IMMEDIATE", "AFTER_DUE", "NEVER"]);

export const ZAssignmentView = z.object({
  id: z.string(),
  classId: z.string(),
  title: z.string(),
  lessonIds: z.array(z.number()),
  skills: z.array(z.string()),
  itemIds: z.array(z.string()),
  itemCount: z.number(),
  maxScore: z.number(),
  handPicked: z.boolean(),
  shuffle: z.boolean(),
  timeLimitMinutes: z.number().nullable(),
  maxAttempts: z.number(),
  opensAt: z.date(),
  dueAt: z.date(),
  feedback: ZPolicy,
  scoreRelease: ZPolicy,
  releasedAt: z.date().nullable(),
  passPercent: z.number().nullable(),
  createdAt: z.date(),
});

export const ZDeleted = z.object({
  assignmentId: z.string(),
  deleted: z.literal(true),
  attemptsDeleted: z.number(),
});

export const ZAccommodationSet = z.object({
  assignmentId: z.string(),
  studentId: z.string(),
  extraTimeMinutes: z.number(),
  extraTimePercent: z.number(),
  extraAttempts: z.number(),
  overrides: z.boolean(),
  openAttemptsExtended: z.number(),
});

export const ZAttemptStarted = z.object({ id: z.string(), resumed: z.boolean(), late: z.boolean() });

const ZScoreOf = {
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  percent: z.number().nullable(),
  /** Submitted, with written answers still waiting for the teacher's marking: no score yet. */
  pending: z.boolean(),
};

export const ZMyAssignments = z.array(
  z.object({
    id: z.string(),
    classId: z.string(),
    className: z.string(),
    title: z.string(),
    itemCount: z.number(),
    maxScore: z.number(),
    timeLimitMinutes: z.number().nullable(),
    extraTimeMinutes: z.number(),
    opensAt: z.date(),
    dueAt: z.date(),
    feedback: ZPolicy,
    scoreRelease: ZPolicy,
    scoresShown: z.boolean(),
    releasedEarly: z.boolean(),
    status: z.enum(["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "LATE", "MISSED"]),
    next: z.enum(["NOT_OPEN", "RESUME", "START", "NO_ATTEMPTS_LEFT"]),
    openAttemptId: z.string().nullable(),
    attemptsUsed: z.number(),
    attemptsAllowed: z.number(),
    best: z.object({ attemptId: z.string(), ...ZScoreOf }).nullable(),
    attempts: z.array(
      z.object({
        attemptId: z.string(),
        number: z.number(),
        status: z.enum(["IN_PROGRESS", "SUBMITTED"]),
        startedAt: z.date(),
        submittedAt: z.date().nullable(),
        deadline: z.date().nullable(),
        ...ZScoreOf,
        late: z.boolean(),
      }),
    ),
  }),
);

const ZAnyItem = z.custom<TItem>((v) => typeof v === "object" && v !== null);
/** Stored JSON, as the database gives it. */
const ZJson = z.custom<Prisma.JsonValue>(() => true);
const ZPublicItem = z.custom<TPublicItem>((v) => typeof v === "object" && v !== null);
const ZReveal = z.custom<TReveal>((v) => typeof v === "object" && v !== null);
const ZUuid = z.custom<`${string}-${string}-${string}-${string}-${string}`>((v) => typeof v === "string");

export const ZDuplicateAssignmentOutput = ZAssignmentView.extend({
  className: z.string(),
});

export const ZReleaseNowOutput = z.object({
  assignmentId: z.string(),
  releasedAt: z.date(),
  attemptsReleased: z.number(),
});

export const ZPreviewAssignmentOutput = z.object({
  assignmentId: z.string(),
  classId: z.string(),
  title: z.string(),
  seed: ZUuid,
  timeLimitMinutes: z.number().nullable(),
  graceMs: z.number(),
  maxScore: z.number(),
  items: z.array(ZPublicItem),
});

export const ZCheckPreviewOutput = z.object({
  items: z.array(
    z.object({
      itemId: z.string(),
      result: z.object({ score: z.number(), correct: z.boolean() }),
      reveal: ZReveal,
      credit: z.number().nullable(),
    }),
  ),
  score: z.number(),
  maxScore: z.number(),
});

export const ZListAssignmentsOutput = z.array(
  ZAssignmentView.extend({
    submittedStudents: z.number(),
    inProgressStudents: z.number(),
  }),
);

export const ZGetAssignmentOutput = ZAssignmentView.extend({
  className: z.string(),
  classArchived: z.boolean(),
  started: z.boolean(),
  attempts: z.object({
    total: z.number(),
    submitted: z.number(),
    inProgress: z.number(),
    students: z.number(),
  }),
  items: z.array(
    z.object({
      position: z.number(),
      item: ZAnyItem,
      answerText: z.object({ zh: z.string(), en: z.string() }),
      adjustment: z
        .object({
          action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER"]),
          acceptedKeys: ZJson,
          reason: z.string(),
          updatedAt: z.date(),
        })
        .nullable(),
    }),
  ),
  accommodations: z.array(
    z.object({
      student: z.object({ email: z.string().nullable(), id: z.string(), name: z.string() }),
      extraTimeMinutes: z.number(),
      extraTimePercent: z.number(),
      extraAttempts: z.number(),
    }),
  ),
});

export const ZAdjustItemOutput = z.object({
  regradeId: z.string(),
  assignmentId: z.string(),
  itemId: z.string(),
  action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER", "REVERT"]),
  reason: z.string(),
  createdAt: z.date(),
  attemptsRegraded: z.number(),
  changes: z.array(
    z.object({
      studentId: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      attemptId: z.string(),
      oldScore: z.number(),
      oldMaxScore: z.number(),
      newScore: z.number(),
      newMaxScore: z.number(),
    }),
  ),
});

export const ZListRegradesOutput = z.array(
  z.object({
    regradeId: z.string(),
    itemId: z.string(),
    action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER", "REVERT", "RUBRIC"]),
    reason: z.string(),
    createdAt: z.date(),
    changes: z.array(
      z.object({
        studentId: z.string(),
        name: z.string(),
        email: z.string().nullable(),
        attemptId: z.string(),
        oldScore: z.number(),
        oldMaxScore: z.number(),
        newScore: z.number(),
        newMaxScore: z.number(),
      }),
    ),
  }),
);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZAssignmentView>, ReturnType<typeof toAssignmentView>>(true);
sameShape<z.output<typeof ZDeleted>, TOut<typeof deleteAssignment>>(true);
sameShape<z.output<typeof ZAccommodationSet>, TOut<typeof setAccommodation>>(true);
sameShape<z.output<typeof ZAttemptStarted>, TOut<typeof startAssignmentAttempt>>(true);
sameShape<z.output<typeof ZMyAssignments>, TOut<typeof studentAssignments>>(true);
sameShape<z.output<typeof ZDuplicateAssignmentOutput>, TOut<typeof duplicateAssignment>>(true);
sameShape<z.output<typeof ZReleaseNowOutput>, TOut<typeof releaseNow>>(true);
sameShape<z.output<typeof ZPreviewAssignmentOutput>, TOut<typeof previewAssignment>>(true);
sameShape<z.output<typeof ZCheckPreviewOutput>, TOut<typeof checkPreview>>(true);
sameShape<z.output<typeof ZListAssignmentsOutput>, TOut<typeof listAssignments>>(true);
sameShape<z.output<typeof ZGetAssignmentOutput>, TOut<typeof getAssignment>>(true);
sameShape<z.output<typeof ZAdjustItemOutput>, TOut<typeof adjustItem>>(true);
sameShape<z.output<typeof ZListRegradesOutput>, TOut<typeof listRegrades>>(true);
