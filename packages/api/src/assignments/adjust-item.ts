import { getItem } from "@dc/content";
import { type Db, Prisma } from "@dc/db";
import { regradeSubmitted } from "../attempts/regrade-submitted";
import { checkAcceptedKeys } from "./accepted-keys";
import { acceptedKeyInvalid, itemNotInAssignment, noAdjustment } from "./errors";
import { ownedAssignment } from "./owned-assignment";
import { type TAdjustItem } from "./schemas";

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
      const { attemptsRegraded, changes } = await regradeSubmitted(
        tx,
        assignment.id,
        item.id,
        adjustmentRows,
      );
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
        attemptsRegraded,
        changes,
      };
    },
    { timeout: 30_000 },
  );
}
