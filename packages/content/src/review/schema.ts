import { z } from "zod";

/**
 * The second reading of assessment items: someone who did not write an item reads it against the
 * article and records a verdict. `accepted`: right as written. `revised`: right after the changes
 * listed. `rejected`: wrong beyond repair, and removed from the bank (its id must no longer exist).
 */
export const REVIEW_VERDICTS = ["accepted", "revised", "rejected"] as const;
export const ZReviewVerdict = z.enum(REVIEW_VERDICTS);

export const ZReviewEntry = z
  .object({
    itemId: z.string().regex(/^l[0-5]-[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Who wrote the item, and who read it: never the same. */
    author: z.string().trim().min(1),
    reader: z.string().trim().min(1),
    verdict: ZReviewVerdict,
    /** What the reader changed or asked to change, and why; empty only when accepted as written. */
    changes: z.string().trim(),
  })
  .refine((entry) => entry.author !== entry.reader, {
    message: "the second reader must not be the item's author",
    path: ["reader"],
  })
  .refine((entry) => entry.verdict === "accepted" || entry.changes.length > 0, {
    message: "a revised or rejected item needs the changes (or the reason) in words",
    path: ["changes"],
  });

export type TReviewEntry = z.infer<typeof ZReviewEntry>;
export type TReviewInput = z.input<typeof ZReviewEntry>;
