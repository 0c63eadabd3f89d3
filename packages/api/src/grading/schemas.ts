import { z } from "zod";
import { ZId, ZItemId } from "../assignments/schemas";
import { GRADING_LIMITS } from "./limits";

export const ZAssignmentRef = z.object({ assignmentId: ZId }).strict();
export const ZQuestionRef = z.object({ assignmentId: ZId, itemId: ZItemId }).strict();

/** One decision: the criteria met (by id) and a comment, for every answer of the attempts listed. */
export const ZGradeAnswers = z
  .object({
    assignmentId: ZId,
    itemId: ZItemId,
    attemptIds: z.array(ZId).min(1).max(GRADING_LIMITS.groupSize),
    criteriaMet: z.array(z.string().min(1).max(80)).max(20),
    comment: z.string().trim().max(GRADING_LIMITS.comment).optional(),
  })
  .strict();
export type TGradeAnswers = z.infer<typeof ZGradeAnswers>;

/** A criterion's points for this assignment; its bank points again undo the change. */
export const ZAdjustRubric = z
  .object({
    assignmentId: ZId,
    itemId: ZItemId,
    criterionId: z.string().min(1).max(80),
    points: z.number().int().min(0).max(GRADING_LIMITS.criterionPoints),
    reason: z.string().trim().min(1, "REASON_REQUIRED").max(GRADING_LIMITS.reason),
  })
  .strict();
export type TAdjustRubric = z.infer<typeof ZAdjustRubric>;
