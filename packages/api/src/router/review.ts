import { ZReviewStarted, ZReviewSummary } from "../review/outputs";
import { reviewSummary, startReview } from "../review/start-review";
import { createTRPCRouter, limited, studentProcedure } from "../trpc";

export const reviewRouter = createTRPCRouter({
  summary: studentProcedure.output(ZReviewSummary).query(({ ctx }) => reviewSummary(ctx.db, ctx.session.id)),
  start: studentProcedure
    .use(limited("attemptStartUser"))
    .output(ZReviewStarted)
    .mutation(({ ctx }) => startReview(ctx.db, ctx.session.id)),
});
