import { getItem, isPending, PENDING } from "@dc/content";
import { type Db, Prisma } from "@dc/db";
import { adjustmentMap, gradeAttempt, itemScoreOf, keyRuleOf, type TItemScore } from "../attempts/grade";
import { scoreStored } from "../attempts/score-response";
import { checkAcceptedKeys } from "./accepted-keys";
import { acceptedKeyInvalid, itemNotInAssignment, noAdjustment } from "./errors";
import { ownedAssignment } from "./owned-assignment";
import { type TAdjustItem } from "./schemas";

export type TRegradeChange = {
  studentId: string;
  name: string;
  email: string | null;
  attemptId: string;
  oldScore: number;
  oldMaxScore: number;
  newScore: number;
  newMaxScore: number;
};

/**
 * Corrects one item of an assignment and regrades every submitted attempt of it, in one transaction:
 * FULL_CREDIT gives everyone the point, DROP takes the item out of score and points possible,
 * ACCEPT_ANSWER rescores the item's answers under extra keys, REVERT goes back to the bank's key.
 * Open attempts get the correction when they are submitted (scoring reads the adjustments, and waits
 * for a regrade in progress: see finalizeAttempt). Returns, and keeps, the list of changed grades.
 * Review schedules (FSRS) are left as they were: they follow what the student knew, not the grade.
 */
export async function adjustItem(db: Db, teacherId: string, input: TAdjustItem) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  if (!assignment.itemIds.includes(input.itemId)) throw itemNotInAssignment();
  const item = getItem(input.itemId)!;
  let acceptedKeys: unknown[] | undefined;
  if (input.action === "ACCEPT_ANSWER") acceptedKeys = checkAcceptedKeys(item, input.acceptedKeys ?? []);
  else if (input.acceptedKeys) throw acceptedKeyInvalid("ONLY_WITH_ACCEPT_ANSWER");

  return db.$transaction(
    async (tx) => {
      // Exclusive: no attempt of this assignment is scored while the regrade runs (finalizeAttempt shares it).
      await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${assignment.id} FOR UPDATE`;
      const key = { assignmentId_itemId: { assignmentId: assignment.id, itemId: item.id } };
      if (input.action === "REVERT") {
        const { count } = await tx.itemAdjustment.deleteMany({ where: key.assignmentId_itemId });
        if (!count) throw noAdjustment();
      } else {
        const data = {
          action: input.action,
          acceptedKeys: acceptedKeys ? (acceptedKeys as Prisma.InputJsonValue) : Prisma.DbNull,
          reason: input.reason,
        };
        await tx.itemAdjustment.upsert({
          where: key,
          create: { ...key.assignmentId_itemId, ...data },
          update: data,
        });
      }
      const adjustmentRows = await tx.itemAdjustment.findMany({ where: { assignmentId: assignment.id } });
      const attempts = await tx.attempt.findMany({
        where: { assignmentId: assignment.id, status: "SUBMITTED" },
        select: {
          id: true,
          itemIds: true,
          score: true,
          maxScore: true,
          user: { select: { id: true, name: true, email: true } },
          answers: { select: { itemId: true, response: true, score: true, correct: true } },
        },
      });
      const adjustments = adjustmentMap(adjustmentRows);
      const rule = keyRuleOf(adjustments.get(item.id));

      // The item's answers, rescored under its keys now (they change only with ACCEPT_ANSWER or its revert).
      const rescored: { attemptId: string; score: number; correct: boolean }[] = [];
      const changes: TRegradeChange[] = [];
      const grades: { attemptId: string; score: number | null; maxScore: number }[] = [];
      for (const attempt of attempts) {
        // A submitted attempt's answers are all scored, but for those waiting for a teacher (pending).
        const scores = new Map<string, TItemScore>(
          attempt.answers.map((a) => [a.itemId, a.score ?? PENDING]),
        );
        const answer = attempt.answers.find((a) => a.itemId === item.id);
        if (answer) {
          const result = scoreStored(item.id, answer.response, rule);
          if (!isPending(result) && (result.score !== answer.score || result.correct !== answer.correct)) {
            rescored.push({ attemptId: attempt.id, ...result });
          }
          // A written answer scores PENDING from its response alone: once a teacher graded it, its grade stands.
          scores.set(item.id, isPending(result) ? (answer.score ?? PENDING) : itemScoreOf(result));
        }
        const grade = gradeAttempt(attempt.itemIds, (id) => scores.get(id), adjustments);
        const oldScore = attempt.score ?? 0;
        const oldMaxScore = attempt.maxScore ?? attempt.itemIds.length;
        if (grade.score === oldScore && grade.maxScore === oldMaxScore) continue;
        grades.push({ attemptId: attempt.id, ...grade });
        // A pending grade has no score to log yet: the teacher's grading of the rest logs it.
        if (grade.score === null) continue;
        changes.push({
          studentId: attempt.user.id,
          name: attempt.user.name,
          email: attempt.user.email,
          attemptId: attempt.id,
          oldScore,
          oldMaxScore,
          newScore: grade.score,
          newMaxScore: grade.maxScore,
        });
      }
      if (rescored.length) {
        await tx.$executeRaw`
          UPDATE "Answer" AS a SET score = v.score, correct = v.correct
          FROM unnest(${rescored.map((r) => r.attemptId)}::text[], ${rescored.map((r) => r.score)}::float8[],
            ${rescored.map((r) => r.correct)}::bool[]) AS v("attemptId", score, correct)
          WHERE a."attemptId" = v."attemptId" AND a."itemId" = ${item.id}`;
      }
      if (grades.length) {
        await tx.$executeRaw`
          UPDATE "Attempt" AS t SET score = v.score, "maxScore" = v."maxScore"
          FROM unnest(${grades.map((g) => g.attemptId)}::text[], ${grades.map((g) => g.score)}::float8[],
            ${grades.map((g) => g.maxScore)}::float8[]) AS v(id, score, "maxScore")
          WHERE t.id = v.id`;
      }
      const log = await tx.regradeLog.create({
        data: {
          assignmentId: assignment.id,
          itemId: item.id,
          action: input.action,
          reason: input.reason,
          teacherId,
          changes: changes as unknown as Prisma.InputJsonValue,
        },
      });
      return {
        regradeId: log.id,
        assignmentId: assignment.id,
        itemId: item.id,
        action: input.action,
        reason: input.reason,
        createdAt: log.createdAt,
        /** Submitted attempts looked at; `changes` lists those whose grade moved. */
        attemptsRegraded: attempts.length,
        changes,
      };
    },
    { timeout: 30_000 },
  );
}
