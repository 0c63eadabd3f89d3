import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type createClass } from "./create-class";
import { type listClasses } from "./list-classes";
import { type getClass } from "./get-class";
import { type renameClass } from "./rename-class";
import { type archiveClass } from "./archive-class";
import { type rotateJoinCode } from "./rotate-join-code";
import { type removeStudent } from "./remove-student";
import { type setStandingAccommodation } from "./set-standing-accommodation";
import { type setClassNumber } from "./set-class-number";
import { type addCoTeacher, type removeCoTeacher } from "./co-teachers";
import { type joinClass } from "./join-class";
import { type joinedClasses } from "./joined-classes";
import { type leaveClass } from "./leave-class";

/* The classes procedures' declared outputs (see contract/same-shape.ts). */

/** A class as its teacher sees it after a change: created, renamed, archived, with a new code. */
export const ZClassOutput = z.object({
  ownerName: z.string(),
  studentCount: z.number(),
  assignmentCount: z.number(),
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  teacherId: z.string(),
});

export const ZListClassesOutput = z.array(
  z.object({
    isOwner: z.boolean(),
    ownerName: z.string(),
    studentCount: z.number(),
    assignmentCount: z.number(),
    id: z.string(),
    name: z.string(),
    joinCode: z.string(),
    archivedAt: z.date().nullable(),
    createdAt: z.date(),
    teacherId: z.string(),
  }),
);

export const ZGetClassOutput = z.object({
  isOwner: z.boolean(),
  students: z.array(
    z.object({
      joinedAt: z.date(),
      classNumber: z.number().nullable(),
      standing: z.object({
        extraTimeMinutes: z.number(),
        extraTimePercent: z.number(),
        extraAttempts: z.number(),
      }),
      email: z.string().nullable(),
      id: z.string(),
      name: z.string(),
      loginId: z.string().nullable(),
    }),
  ),
  former: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      classNumber: z.number().nullable(),
      removedAt: z.date(),
      how: z.enum(["LEFT", "REMOVED"]),
    }),
  ),
  coTeachers: z.array(
    z.object({ addedAt: z.date(), email: z.string().nullable(), id: z.string(), name: z.string() }),
  ),
  ownerName: z.string(),
  studentCount: z.number(),
  assignmentCount: z.number(),
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  teacherId: z.string(),
});

export const ZRemoveStudentOutput = z.object({
  classId: z.string(),
  studentId: z.string(),
  removed: z.literal(true),
  attemptsClosed: z.number(),
});

export const ZSetStandingAccommodationOutput = z.object({
  classId: z.string(),
  studentId: z.string(),
  extraTimeMinutes: z.number(),
  extraTimePercent: z.number(),
  extraAttempts: z.number(),
  openAttemptsExtended: z.number(),
});

export const ZSetClassNumberOutput = z.object({
  classId: z.string(),
  studentId: z.string(),
  classNumber: z.number().nullable(),
});

export const ZAddCoTeacherOutput = z.object({
  classId: z.string(),
  teacher: z.object({ email: z.string().nullable(), id: z.string(), name: z.string() }),
});

export const ZRemoveCoTeacherOutput = z.object({
  classId: z.string(),
  teacherId: z.string(),
  removed: z.literal(true),
});

export const ZJoinClassOutput = z.object({
  classId: z.string(),
  name: z.string(),
  teacherName: z.string(),
  alreadyMember: z.boolean(),
});

export const ZJoinedClassesOutput = z.array(
  z.object({ classId: z.string(), name: z.string(), teacherName: z.string(), joinedAt: z.date() }),
);

export const ZLeaveClassOutput = z.object({
  classId: z.string(),
  left: z.literal(true),
  attemptsClosed: z.number(),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZClassOutput>, TOut<typeof createClass>>(true);
sameShape<z.output<typeof ZListClassesOutput>, TOut<typeof listClasses>>(true);
sameShape<z.output<typeof ZGetClassOutput>, TOut<typeof getClass>>(true);
sameShape<z.output<typeof ZClassOutput>, TOut<typeof renameClass>>(true);
sameShape<z.output<typeof ZClassOutput>, TOut<typeof archiveClass>>(true);
sameShape<z.output<typeof ZClassOutput>, TOut<typeof rotateJoinCode>>(true);
sameShape<z.output<typeof ZRemoveStudentOutput>, TOut<typeof removeStudent>>(true);
sameShape<z.output<typeof ZSetStandingAccommodationOutput>, TOut<typeof setStandingAccommodation>>(true);
sameShape<z.output<typeof ZSetClassNumberOutput>, TOut<typeof setClassNumber>>(true);
sameShape<z.output<typeof ZAddCoTeacherOutput>, TOut<typeof addCoTeacher>>(true);
sameShape<z.output<typeof ZRemoveCoTeacherOutput>, TOut<typeof removeCoTeacher>>(true);
sameShape<z.output<typeof ZJoinClassOutput>, TOut<typeof joinClass>>(true);
sameShape<z.output<typeof ZJoinedClassesOutput>, TOut<typeof joinedClasses>>(true);
sameShape<z.output<typeof ZLeaveClassOutput>, TOut<typeof leaveClass>>(true);
