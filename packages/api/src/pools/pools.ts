import { items, itemsByLesson, type TItem, type TLessonId, type TPool } from "@dc/content";

/*
 * The two pools (see the content schema): practice items teach and show their keys as soon as an
 * answer is final; assessment items are for assignments, and their keys reach a student only when an
 * assignment that student took releases them. Practice, lesson quizzes and review draw practice items.
 */

export const inPool = (pool: TPool) => (item: TItem) => item.pool === pool;
export const isPractice = inPool("practice");

/** A lesson's practice items: what practice and lesson quizzes draw from. */
export const practiceItemsOf = (lessonId: TLessonId) => itemsByLesson(lessonId).filter(isPractice);

/** Ids of every assessment item in the bank. */
export const assessmentItemIds = () => items.filter(inPool("assessment")).map((item) => item.id);
