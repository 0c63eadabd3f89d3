import type { TReviewInput } from "./schema";

/** Second readings of the assessment items of lessons 3-5. */
export const reviewsOfLessons3to5: TReviewInput[] = [];
