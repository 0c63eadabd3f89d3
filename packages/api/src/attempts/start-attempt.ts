import { type TLessonId } from "@dc/content";
import { type Db, type RawTx } from "@dc/db";
import { drawPractice, drawStratified, QUIZ_SIZE } from "./draw-items";
import { isExpired, TIMED_QUIZ_MS } from "./policy";
import { practiceItemsOf, quizItemsOf } from "../pools/pools";

export type TStartInput = { kind: "PRACTICE" | "QUIZ"; lessonId: TLessonId; timed?: boolean };

/**
 * Opens a lesson practice or quiz, or resumes the one already open: a second tab or a double click
 * lands on the same attempt. A per-user advisory lock makes "find or create" atomic.
 */
export async function startLessonAttempt(db: Db, userId: string, input: TStartInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const open = await tx.attempt.findFirst({
      where: { userId, kind: input.kind, lessonId: input.lessonId, status: "IN_PROGRESS" },
      orderBy: { startedAt: "desc" },
    });
    if (open && !isExpired(open, now)) return { id: open.id, resumed: true };

    // Practice items only: an assessment key must not reach anyone through a self-serve path.
    const pool = input.kind === "QUIZ" ? quizItemsOf(input.lessonId) : practiceItemsOf(input.lessonId);
    let itemIds: string[];
    if (input.kind === "PRACTICE") {
      const known = await tx.answer.findMany({
        where: { correct: true, attempt: { userId }, itemId: { in: pool.map((i) => i.id) } },
        select: { itemId: true },
        distinct: ["itemId"],
      });
      itemIds = drawPractice(pool, new Set(known.map((k) => k.itemId)));
    } else {
      itemIds = drawStratified(pool, QUIZ_SIZE);
    }
    const created = await tx.attempt.create({
      data: {
        userId,
        kind: input.kind,
        lessonId: input.lessonId,
        itemIds,
        startedAt: now,
        deadline: input.kind === "QUIZ" && input.timed ? new Date(now.getTime() + TIMED_QUIZ_MS) : null,
      },
      select: { id: true },
    });
    return { id: created.id, resumed: false };
  });
}

/** Serialises one user's "find or create" sections across every web instance. */
export async function lockUser(tx: RawTx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`attempt:${userId}`}))`;
}
