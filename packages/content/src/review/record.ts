import { reviewsOfLessons0to2 } from "./lessons-0-2";
import { reviewsOfLessons3to5 } from "./lessons-3-5";
import type { TReviewInput } from "./schema";
import { reviewsOfWrittenItems } from "./written";

/**
 * The review record: one entry per assessment item and per written item (practice ones too), written
 * by its second reader (see ./schema.ts). test/review.test.ts fails for every such item without an
 * `accepted` or `revised` entry.
 */
export const reviewRecord: TReviewInput[] = [
  ...reviewsOfLessons0to2,
  ...reviewsOfLessons3to5,
  ...reviewsOfWrittenItems,
];
