import { reviewSummary, startReview } from "../review/start-review";
import { createTRPCRouter, studentProcedure } from "../trpc";

export const reviewRouter = createTRPCRouter({
  summary: studentProcedure.query(({ ctx }) => reviewSummary(ctx.db, ctx.session.id)),
  start: studentProcedure.mutation(({ ctx }) => startReview(ctx.db, ctx.session.id)),
});
