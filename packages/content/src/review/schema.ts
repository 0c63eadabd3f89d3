import { z } from "zod";

/**
 * The second reading of assessment items: someone who did not write an item reads it against the
 * article and records a verdict. `accepted`: right as written. `revised`: right after the changes
 * listed. `rejected`: wrong beyond repair, and removed from the bank (its id must no longer exist).
 */
export const REVIEW_VERDICTS = ["accepted", "revised", "rejected"] as const;
export const ZReviewVerdict = z.enum(REVIEW_VERDICTS);

/**
 * A further reading after the first: an independent reader (neither the author nor the first reader)
 * goes over the item again and records their own verdict. The last reading's verdict is the item's.
 */
export const ZLaterReading = z
  .object({
    reader: z.string().trim().min(1),
    verdict: ZReviewVerdict,
    changes: z.string().trim(),
  })
  .refine((reading) => reading.verdict === "accepted" || reading.changes.length > 0, {
    message: "a revised or rejected item needs the changes (or the reason) in words",
    path: ["changes"],
  });
export type TLaterReading = z.infer<typeof ZLaterReading>;

export const ZReviewEntry = z
  .object({
    itemId: z.string().regex(/^l[0-5]-[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Who wrote the item, and who read it: never the same. */
    author: z.string().trim().min(1),
    reader: z.string().trim().min(1),
    verdict: ZReviewVerdict,
    /** What the reader changed or asked to change, and why; empty only when accepted as written. */
    changes: z.string().trim(),
    /** Readings after the first, oldest first (most items have none). */
    laterReadings: z.array(ZLaterReading).optional(),
  })
  .refine((entry) => entry.author !== entry.reader, {
    message: "the second reader must not be the item's author",
    path: ["reader"],
  })
  .refine((entry) => entry.verdict === "accepted" || entry.changes.length > 0, {
    message: "a revised or rejected item needs the changes (or the reason) in words",
    path: ["changes"],
  })
  .refine(
    (entry) =>
      (entry.laterReadings ?? []).every(
        (reading) => reading.reader !== entry.author && reading.reader !== entry.reader,
      ),
    {
      message: "a later reading must be by someone other than the author and the first reader",
      path: ["laterReadings"],
    },
  );

export type TReviewEntry = z.infer<typeof ZReviewEntry>;
export type TReviewInput = z.input<typeof ZReviewEntry>;

/** The item's standing verdict: that of its latest reading. */
export function finalVerdict(
  entry: Pick<TReviewEntry, "verdict" | "laterReadings">,
): TReviewEntry["verdict"] {
  return entry.laterReadings?.at(-1)?.verdict ?? entry.verdict;
}
