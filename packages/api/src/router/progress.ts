import { z } from "zod";
import { studentDashboard } from "../progress/dashboard";
import { createTRPCRouter, studentProcedure } from "../trpc";
import { ZStudentDashboardOutput } from "../progress/outputs";

export const progressRouter = createTRPCRouter({
  /** `tzOffsetMinutes`: minutes east of UTC (e.g. 480 in Hong Kong), so days are the student's days. */
  dashboard: studentProcedure
    .input(z.object({ tzOffsetMinutes: z.number().int().min(-720).max(840) }).strict())
    .output(ZStudentDashboardOutput)
    .query(({ ctx, input }) => studentDashboard(ctx.db, ctx.session.id, input.tzOffsetMinutes)),
});
