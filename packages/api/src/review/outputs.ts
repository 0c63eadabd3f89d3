import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type reviewSummary, type startReview } from "./start-review";

/* The review procedures' declared outputs (see contract/same-shape.ts). */

export const ZReviewSummary = z.object({
  due: z.number(),
  dueToday: z.number(),
  waitingForTomorrow: z.number(),
  reviewedToday: z.number(),
  total: z.number(),
  nextDue: z.date().nullable(),
  openAttemptId: z.string().nullable(),
});

export const ZReviewStarted = z.object({ id: z.string(), resumed: z.boolean() });

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZReviewSummary>, TOut<typeof reviewSummary>>(true);
sameShape<z.output<typeof ZReviewStarted>, TOut<typeof startReview>>(true);
