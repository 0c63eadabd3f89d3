import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type toAssignmentView } from "./assignment-view";
import { type deleteAssignment } from "./delete-assignment";
import { type setAccommodation } from "./set-accommodation";
import { type startAssignmentAttempt } from "./start-assignment-attempt";
import { type studentAssignments } from "./student-assignments";

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

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZAssignmentView>, ReturnType<typeof toAssignmentView>>(true);
sameShape<z.output<typeof ZDeleted>, TOut<typeof deleteAssignment>>(true);
sameShape<z.output<typeof ZAccommodationSet>, TOut<typeof setAccommodation>>(true);
sameShape<z.output<typeof ZAttemptStarted>, TOut<typeof startAssignmentAttempt>>(true);
sameShape<z.output<typeof ZMyAssignments>, TOut<typeof studentAssignments>>(true);
