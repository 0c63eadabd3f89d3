import { studentHome } from "../home/student-home";
import { createTRPCRouter, studentProcedure } from "../trpc";

export const homeRouter = createTRPCRouter({
  /** The student home: what to do next, in one call. */
  student: studentProcedure.query(({ ctx }) => studentHome(ctx.db, ctx.session.id)),
});
