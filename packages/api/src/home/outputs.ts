import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type studentHome } from "./student-home";

/* The home procedures' declared outputs (see contract/same-shape.ts). */

export const ZStudentHomeOutput = z.object({
  classCount: z.number(),
  assignments: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      className: z.string(),
      dueAt: z.date(),
      opensAt: z.date(),
      overdue: z.boolean(),
      next: z.enum(["NOT_OPEN", "RESUME", "START", "NO_ATTEMPTS_LEFT"]),
      openAttemptId: z.string().nullable(),
      itemCount: z.number(),
      timeLimitMinutes: z.number().nullable(),
    }),
  ),
  moreAssignments: z.number(),
  review: z.object({
    due: z.number(),
    dueToday: z.number(),
    waitingForTomorrow: z.number(),
    reviewedToday: z.number(),
    total: z.number(),
    nextDue: z.date().nullable(),
    openAttemptId: z.string().nullable(),
  }),
  reading: z
    .object({ lessonId: z.number(), paragraphId: z.string(), seen: z.number(), updatedAt: z.date() })
    .nullable(),
  results: z.array(
    z.object({
      assignmentId: z.string(),
      title: z.string(),
      className: z.string(),
      releasedAt: z.date(),
      percent: z.number().nullable(),
      pending: z.boolean(),
      attemptId: z.string(),
      isNew: z.boolean(),
    }),
  ),
  announcements: z.array(
    z.object({
      className: z.string(),
      id: z.string(),
      createdAt: z.date(),
      classId: z.string(),
      body: z.string(),
    }),
  ),
  unreadNotifications: z.number(),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZStudentHomeOutput>, TOut<typeof studentHome>>(true);
