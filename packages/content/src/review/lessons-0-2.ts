import type { TReviewInput } from "./schema";

/** Second readings of the assessment items of lessons 0-2. */
export const reviewsOfLessons0to2: TReviewInput[] = [];
