import { getLesson, type TLessonId } from "@dc/content";
import { type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";

export type TReadingInput = {
  lessonId: TLessonId;
  seenParagraphIds: string[];
  lastParagraphId?: string;
  completed?: boolean;
};

/**
 * Merges what the reader has seen into the stored set (two devices never undo each other), in one
 * statement so that simultaneous saves cannot lose paragraphs. Completing is permanent.
 */
export async function saveReading(db: Db, userId: string, input: TReadingInput) {
  const lesson = getLesson(input.lessonId);
  const allowed = new Set(lesson?.paragraphIds ?? []);
  const unknown = [
    ...input.seenParagraphIds,
    ...(input.lastParagraphId ? [input.lastParagraphId] : []),
  ].filter((id) => !allowed.has(id));
  if (unknown.length) {
    throw domainError("UNKNOWN_PARAGRAPH", unknown[0]);
  }
  const seen = [...new Set(input.seenParagraphIds)];
  const completed = input.completed ? new Date() : null;
  await db.$executeRaw`
    INSERT INTO "ReadingProgress" ("userId", "lessonId", "seenParagraphs", "lastParagraphId", "completedAt", "updatedAt")
    VALUES (${userId}, ${input.lessonId}, ${seen}, ${input.lastParagraphId ?? null}, ${completed}, now())
    ON CONFLICT ("userId", "lessonId") DO UPDATE SET
      "seenParagraphs" = ARRAY(SELECT DISTINCT unnest("ReadingProgress"."seenParagraphs" || EXCLUDED."seenParagraphs")),
      "lastParagraphId" = COALESCE(EXCLUDED."lastParagraphId", "ReadingProgress"."lastParagraphId"),
      "completedAt" = COALESCE("ReadingProgress"."completedAt", EXCLUDED."completedAt"),
      "updatedAt" = now()`;
  return readingOf(db, userId, input.lessonId);
}

export async function readingOf(db: Db, userId: string, lessonId: number) {
  const row = await db.readingProgress.findUnique({ where: { userId_lessonId: { userId, lessonId } } });
  return toReading(lessonId, row);
}

export function toReading(
  lessonId: number,
  row: { seenParagraphs: string[]; lastParagraphId: string | null; completedAt: Date | null } | null,
) {
  const total = getLesson(lessonId as TLessonId)?.paragraphIds.length ?? 0;
  const seen = row?.seenParagraphs ?? [];
  return {
    lessonId,
    seenParagraphIds: seen,
    lastParagraphId: row?.lastParagraphId ?? null,
    completedAt: row?.completedAt ?? null,
    /** 0..1; a completed lesson counts as fully read. */
    fractionRead: row?.completedAt ? 1 : total ? Math.min(1, seen.length / total) : 0,
  };
}
