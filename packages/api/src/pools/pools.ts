import { itemsByLesson, itemsInPool, type TItem, type TLessonId } from "@dc/content";

/*
 * The two pools (see the content schema): practice items teach and show their keys as soon as an
 * answer is final; assessment items are for assignments, and their keys reach a student only when an
 * assignment that student took releases them. Practice, lesson quizzes and review draw practice items.
 */

/** A lesson's practice items: what practice draws from (written ones too: the learner self-grades them). */
export const practiceItemsOf = (lessonId: TLessonId) => itemsByLesson(lessonId, "practice");

/**
 * What a lesson quiz draws from: the practice items scored at once. A quiz is scored at submit with no
 * teacher behind it, so a written item would leave it pending for ever; written items are practised
 * (and self-graded) in lesson practice and review instead.
 */
export const quizItemsOf = (lessonId: TLessonId) => practiceItemsOf(lessonId).filter(drawable);

/**
 * Whether an item may be drawn at random (a lesson quiz, an assignment's draw): only items scored at
 * once. A written answer is a teacher's marking, so a teacher picks written items by hand, knowing the
 * grading they bring.
 */
export const drawable = (item: Pick<TItem, "type">) => item.type !== "written";

/** Ids of every assessment item in the bank. */
export const assessmentItemIds = () => itemsInPool("assessment").map((item) => item.id);
