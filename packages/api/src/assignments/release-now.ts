import { type Db } from "@dc/db";
import { releaseAssignmentKeys } from "../attempts/release-assignment-keys";
import { recordAudit } from "../audit/record";
import { ownedAssignment } from "./owned-assignment";

/**
 * "Release now": from this moment students see keys and scores of their submitted attempts, as if
 * the due time had passed (whatever the release settings say); attempts submitted later release on
 * submission. The keys of attempts already submitted are released here, in the same transaction,
 * so the exposure counts and review see them at once. Updating the assignment row locks it: a
 * submission (which reads it FOR SHARE) scores wholly before or after. Releasing twice keeps the
 * first time.
 */
export async function releaseNow(
  db: Db,
  teacherId: string,
  input: { assignmentId: string },
  now = new Date(),
) {
  const found = await ownedAssignment(db, teacherId, input.assignmentId);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ releasedAt: Date }[]>`
      UPDATE "Assignment" SET "releasedAt" = COALESCE("releasedAt", ${now}), "updatedAt" = ${now}
      WHERE id = ${found.id} RETURNING "releasedAt"`;
    const releasedAt = row!.releasedAt;
    const released = await releaseAssignmentKeys(tx, found.id, now);
    if (releasedAt.getTime() === now.getTime()) {
      await recordAudit(tx, {
        action: "assignment.release",
        actorId: teacherId,
        details: { assignmentId: found.id, title: found.title, attempts: released },
      });
    }
    return { assignmentId: found.id, releasedAt, attemptsReleased: released };
  });
}
