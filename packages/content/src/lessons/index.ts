import type { TLessonId } from "../schema";
import { lesson0 } from "./lesson-0";
import { lesson1 } from "./lesson-1";
import { lesson2 } from "./lesson-2";
import { lesson3 } from "./lesson-3";
import { lesson4 } from "./lesson-4";
import { lesson5 } from "./lesson-5";
import type { TLesson } from "./schema";

/**
 * The six lessons in order. Typed, not parsed: validating them here would put zod into every bundle
 * that shows a lesson; test/lessons.test.ts checks each against `ZLesson` instead.
 */
export const lessons: TLesson[] = [lesson0, lesson1, lesson2, lesson3, lesson4, lesson5];

export function getLesson(id: TLessonId): TLesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

export type * from "./schema";
