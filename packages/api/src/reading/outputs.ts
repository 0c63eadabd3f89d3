import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type readingOf, type saveReading } from "./save-reading";
import { type listReading } from "./list-reading";

/* The reading procedures' declared outputs (see contract/same-shape.ts). */

/** The reader's progress in one lesson. */
export const ZReadingOutput = z.object({
  lessonId: z.number(),
  seenParagraphIds: z.array(z.string()),
  lastParagraphId: z.string().nullable(),
  completedAt: z.date().nullable(),
  fractionRead: z.number(),
});

export const ZListReadingOutput = z.array(ZReadingOutput);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZReadingOutput>, TOut<typeof readingOf>>(true);
sameShape<z.output<typeof ZListReadingOutput>, TOut<typeof listReading>>(true);
sameShape<z.output<typeof ZReadingOutput>, TOut<typeof saveReading>>(true);
