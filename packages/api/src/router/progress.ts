import { z } from "zod";
import { studentDashboard } from "../progress/dashboard";
import { createTRPCRouter, studentProcedure } from "../trpc";

export const progressRouter = createTRPCRouter({
  /** `tzOffsetMinutes`: minutes east of UTC (e.g. 480 in Hong Kong), so days are the student's days. */
  dashboard: studentProcedure
    .input(z.object({ tzOffsetMinutes: z.number().int().min(-720).max(840) }).strict())
    .query(({ ctx, input }) => studentDashboard(ctx.db, ctx.session.id, input.tzOffsetMinutes)),
});
