/**
 * Prints the whole validated bank as JSON on standard output, and nothing else:
 *   pnpm content:export > bank.json
 * Each item keeps its own fields, with `answer` as the key in words (zh) and `key` as the raw key.
 */
import { answerText, items, lessons } from "../src";
import { ZLesson } from "../src/lessons/schema";

const exported = {
  // Lessons are not parsed at import (see src/lessons/index.ts), so the export checks them itself.
  lessons: lessons.map((lesson) => ZLesson.parse(lesson)),
  items: items.map((item) => ({ ...item, answer: answerText(item, "zh"), key: item.answer })),
};

process.stdout.write(`${JSON.stringify(exported, null, 2)}\n`);
