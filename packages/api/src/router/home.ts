import { studentHome } from "../home/student-home";
import { createTRPCRouter, studentProcedure } from "../trpc";
import { ZStudentHomeOutput } from "../home/outputs";

export const homeRouter = createTRPCRouter({
  /** The student home: what to do next, in one call. */
  student: studentProcedure
    .output(ZStudentHomeOutput)
    .query(({ ctx }) => studentHome(ctx.db, ctx.session.id)),
});
