import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type readingOf, type saveReading } from "./save-reading";
import { type listReading } from "./list-reading";

/* The reading procedures' declared outputs (see contract/same-shape.ts). */

export const ZReadingOfOutput = z.object({
  lessonId: z.number(),
  seenParagraphIds: z.array(z.string()),
  lastParagraphId: z.string().nullable(),
  completedAt: z.date().nullable(),
  fractionRead: z.number(),
});

export const ZListReadingOutput = z.array(
  z.object({
    lessonId: z.number(),
    seenParagraphIds: z.array(z.string()),
    lastParagraphId: z.string().nullable(),
    completedAt: z.date().nullable(),
    fractionRead: z.number(),
  }),
);

export const ZSaveReadingOutput = z.object({
  lessonId: z.number(),
  seenParagraphIds: z.array(z.string()),
  lastParagraphId: z.string().nullable(),
  completedAt: z.date().nullable(),
  fractionRead: z.number(),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZReadingOfOutput>, TOut<typeof readingOf>>(true);
sameShape<z.output<typeof ZListReadingOutput>, TOut<typeof listReading>>(true);
sameShape<z.output<typeof ZSaveReadingOutput>, TOut<typeof saveReading>>(true);
