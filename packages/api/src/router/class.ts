import { z } from "zod";
import { resetPassword } from "../accounts/reset-password";
import { archiveClass } from "../classes/archive-class";
import { createClass } from "../classes/create-class";
import { getClass } from "../classes/get-class";
import { joinClass } from "../classes/join-class";
import { joinedClasses } from "../classes/joined-classes";
import { listClasses } from "../classes/list-classes";
import { removeStudent } from "../classes/remove-student";
import { renameClass } from "../classes/rename-class";
import { rotateJoinCode } from "../classes/rotate-join-code";
import { addCoTeacher, removeCoTeacher } from "../classes/co-teachers";
import { leaveClass } from "../classes/leave-class";
import { setClassNumber } from "../classes/set-class-number";
import { setStandingAccommodation } from "../classes/set-standing-accommodation";
import { ZExtraAttempts, ZExtraTimeMinutes, ZExtraTimePercent } from "../assignments/schemas";
import { importRoster } from "../roster/import-roster";
import { createTRPCRouter, limited, studentProcedure, teacherProcedure } from "../trpc";
import {
  ZClassOutput,
  ZListClassesOutput,
  ZGetClassOutput,
  ZRemoveStudentOutput,
  ZSetStandingAccommodationOutput,
  ZSetClassNumberOutput,
  ZAddCoTeacherOutput,
  ZRemoveCoTeacherOutput,
  ZJoinClassOutput,
  ZJoinedClassesOutput,
  ZLeaveClassOutput,
} from "../classes/outputs";
import { ZImportRosterOutput } from "../roster/outputs";
import { ZResetPasswordOutput } from "../accounts/outputs";

const ZId = z.string().min(1).max(40);
const ZClassName = z.string().trim().min(1, "NAME_REQUIRED").max(80, "NAME_TOO_LONG");
const ZClassRef = z.object({ classId: ZId }).strict();

export const classRouter = createTRPCRouter({
  // Teachers: classes they own or co-teach; any other class id is CLASS_NOT_FOUND.
  create: teacherProcedure
    .input(z.object({ name: ZClassName }).strict())
    .output(ZClassOutput)
    .mutation(({ ctx, input }) => createClass(ctx.db, ctx.session.id, input)),

  list: teacherProcedure
    .input(z.object({ includeArchived: z.boolean().optional() }).strict().optional())
    .output(ZListClassesOutput)
    .query(({ ctx, input }) => listClasses(ctx.db, ctx.session.id, input ?? {})),

  get: teacherProcedure
    .input(ZClassRef)
    .output(ZGetClassOutput)
    .query(({ ctx, input }) => getClass(ctx.db, ctx.session.id, input)),

  rename: teacherProcedure
    .input(z.object({ classId: ZId, name: ZClassName }).strict())
    .output(ZClassOutput)
    .mutation(({ ctx, input }) => renameClass(ctx.db, ctx.session.id, input)),

  archive: teacherProcedure
    .input(z.object({ classId: ZId, archived: z.boolean() }).strict())
    .output(ZClassOutput)
    .mutation(({ ctx, input }) => archiveClass(ctx.db, ctx.session.id, input)),

  rotateCode: teacherProcedure
    .input(ZClassRef)
    .output(ZClassOutput)
    .mutation(({ ctx, input }) => rotateJoinCode(ctx.db, ctx.session.id, input)),

  removeStudent: teacherProcedure
    .input(z.object({ classId: ZId, studentId: ZId }).strict())
    .output(ZRemoveStudentOutput)
    .mutation(({ ctx, input }) => removeStudent(ctx.db, ctx.session.id, input)),

  /** Creates (or enrols) the students of a pasted or uploaded list; returns their login slips once. */
  importRoster: teacherProcedure
    .input(z.object({ classId: ZId, roster: z.string().max(20_000) }).strict())
    .output(ZImportRosterOutput)
    .mutation(({ ctx, input }) =>
      importRoster(ctx.db, ctx.session.id, { classId: input.classId, text: input.roster }),
    ),

  /** A one-time password for a student of one of the teacher's current classes; returns the slip once. */
  resetStudentPassword: teacherProcedure
    .input(z.object({ studentId: ZId }).strict())
    .output(ZResetPasswordOutput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.session, { userId: input.studentId })),

  /** A standing accommodation on a current member: every assignment of the class, unless overridden. */
  setStanding: teacherProcedure
    .input(
      z
        .object({
          classId: ZId,
          studentId: ZId,
          extraTimeMinutes: ZExtraTimeMinutes,
          extraTimePercent: ZExtraTimePercent,
          extraAttempts: ZExtraAttempts,
        })
        .strict(),
    )
    .output(ZSetStandingAccommodationOutput)
    .mutation(({ ctx, input }) => setStandingAccommodation(ctx.db, ctx.session.id, input)),

  /** A class number (學號), unique among current members; null clears it. */
  setClassNumber: teacherProcedure
    .input(
      z
        .object({
          classId: ZId,
          studentId: ZId,
          classNumber: z
            .number()
            .int()
            .min(1, "CLASS_NUMBER_RANGE")
            .max(999, "CLASS_NUMBER_RANGE")
            .nullable(),
        })
        .strict(),
    )
    .output(ZSetClassNumberOutput)
    .mutation(({ ctx, input }) => setClassNumber(ctx.db, ctx.session.id, input)),

  // The owner only (a co-teacher gets OWNER_ONLY).
  addCoTeacher: teacherProcedure
    .input(
      z.object({ classId: ZId, teacher: z.string().trim().min(1, "TEACHER_REQUIRED").max(254) }).strict(),
    )
    .output(ZAddCoTeacherOutput)
    .mutation(({ ctx, input }) => addCoTeacher(ctx.db, ctx.session.id, input)),

  removeCoTeacher: teacherProcedure
    .input(z.object({ classId: ZId, teacherId: ZId }).strict())
    .output(ZRemoveCoTeacherOutput)
    .mutation(({ ctx, input }) => removeCoTeacher(ctx.db, ctx.session.id, input)),

  // Students.
  join: studentProcedure
    .use(limited("joinCodeUser", "joinCodeAddress"))
    .input(z.object({ code: z.string().max(40) }).strict())
    .output(ZJoinClassOutput)
    .mutation(({ ctx, input }) => joinClass(ctx.db, ctx.session.id, input)),

  joined: studentProcedure
    .output(ZJoinedClassesOutput)
    .query(({ ctx }) => joinedClasses(ctx.db, ctx.session.id)),

  /** The student leaves a class: their work stays with the teacher; the code lets them back in. */
  leave: studentProcedure
    .input(ZClassRef)
    .output(ZLeaveClassOutput)
    .mutation(({ ctx, input }) => leaveClass(ctx.db, ctx.session.id, input)),
});
