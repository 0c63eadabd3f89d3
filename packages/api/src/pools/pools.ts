import { itemsByLesson, itemsInPool, type TLessonId } from "@dc/content";

/*
 * The two pools (see the content schema): practice items teach and show their keys as soon as an
 * answer is final; assessment items are for assignments, and their keys reach a student only when an
 * assignment that student took releases them. Practice, lesson quizzes and review draw practice items.
 */

/** A lesson's practice items: what practice and lesson quizzes draw from. */
export const practiceItemsOf = (lessonId: TLessonId) => itemsByLesson(lessonId, "practice");

/** Ids of every assessment item in the bank. */
export const assessmentItemIds = () => itemsInPool("assessment").map((item) => item.id);
