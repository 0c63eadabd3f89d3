import { ZLessonId, ZSkill } from "@dc/content";
import { z } from "zod";
import { ASSIGNMENT_LIMITS as L } from "./limits";

export const ZId = z.string().min(1).max(40);
export const ZItemId = z.string().min(1).max(80);

const ZTitle = z.string().trim().min(1, "TITLE_REQUIRED").max(L.title, "TITLE_TOO_LONG");
/** A Date (superjson) or an ISO string, within sane years. */
const ZWhen = z.coerce
  .date()
  .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, "DATE_OUT_OF_RANGE");

export const ZSelection = z.discriminatedUnion("mode", [
  z
    .object({
      mode: z.literal("draw"),
      lessonIds: z.array(ZLessonId).min(1).max(6),
      skills: z.array(ZSkill).min(1).max(4),
      itemCount: z.number().int().min(1).max(L.items),
      /** Which pool to draw from: assessment items unless the teacher chooses practice items. */
      pool: z.enum(["assessment", "practice"]).default("assessment"),
    })
    .strict(),
  z.object({ mode: z.literal("pick"), itemIds: z.array(ZItemId).min(1).max(L.items) }).strict(),
]);

const settings = {
  title: ZTitle,
  shuffle: z.boolean(),
  /** null: untimed. */
  timeLimitMinutes: z.number().int().min(L.timeLimit[0]).max(L.timeLimit[1]).nullable(),
  maxAttempts: z.number().int().min(L.attempts[0]).max(L.attempts[1]),
  opensAt: ZWhen,
  dueAt: ZWhen,
  feedback: z.enum(["IMMEDIATE", "AFTER_DUE", "NEVER"]),
  /** When scores and each item's right or wrong are shown (separate from the keys). */
  scoreRelease: z.enum(["IMMEDIATE", "AFTER_DUE", "NEVER"]),
  /** The pass mark in per cent of the points possible; null: no pass mark. */
  passPercent: z
    .number()
    .int()
    .min(L.passPercent[0], "PASS_PERCENT_RANGE")
    .max(L.passPercent[1], "PASS_PERCENT_RANGE")
    .nullable(),
};

export const ZCreateAssignment = z
  .object({
    classId: ZId,
    selection: ZSelection,
    title: settings.title,
    shuffle: settings.shuffle.default(true),
    timeLimitMinutes: settings.timeLimitMinutes.default(null),
    maxAttempts: settings.maxAttempts.default(1),
    /** Defaults to now. */
    opensAt: settings.opensAt.optional(),
    dueAt: settings.dueAt,
    feedback: settings.feedback.default("IMMEDIATE"),
    scoreRelease: settings.scoreRelease.default("IMMEDIATE"),
    passPercent: settings.passPercent.default(null),
  })
  .strict();
export type TCreateAssignment = z.infer<typeof ZCreateAssignment>;

/** Settings only: the items of an assignment never change (correct them with an adjustment). */
export const ZUpdateAssignment = z
  .object({
    assignmentId: ZId,
    title: settings.title.optional(),
    shuffle: settings.shuffle.optional(),
    timeLimitMinutes: settings.timeLimitMinutes.optional(),
    maxAttempts: settings.maxAttempts.optional(),
    opensAt: settings.opensAt.optional(),
    dueAt: settings.dueAt.optional(),
    feedback: settings.feedback.optional(),
    scoreRelease: settings.scoreRelease.optional(),
    passPercent: settings.passPercent.optional(),
  })
  .strict();
export type TUpdateAssignment = z.infer<typeof ZUpdateAssignment>;

/** Limits of an accommodation, standing or per assignment. */
export const ZExtraTimeMinutes = z.number().int().min(L.extraTime[0]).max(L.extraTime[1]);
export const ZExtraTimePercent = z.number().int().min(L.extraTimePercent[0]).max(L.extraTimePercent[1]);
export const ZExtraAttempts = z.number().int().min(L.extraAttempts[0]).max(L.extraAttempts[1]);

export const ZAccommodation = z
  .object({
    assignmentId: ZId,
    studentId: ZId,
    extraTimeMinutes: ZExtraTimeMinutes,
    extraTimePercent: ZExtraTimePercent.default(0),
    extraAttempts: ZExtraAttempts,
  })
  .strict();
export type TAccommodation = z.infer<typeof ZAccommodation>;

const ZKeyString = z.string().trim().min(1).max(200);
/** One extra key, shaped like the item's answer (see accepted-keys.ts). */
const ZAcceptedKey = z.union([
  z.string().max(40),
  z.boolean(),
  z.number().finite(),
  z.array(z.string().max(40)).min(1).max(8),
  z.record(z.string().max(8), z.array(ZKeyString).min(1).max(10)).refine((r) => Object.keys(r).length <= 10),
]);

export const ZAdjustItem = z
  .object({
    assignmentId: ZId,
    itemId: ZItemId,
    /** REVERT removes the item's adjustment and scores it by the bank's key again. */
    action: z.enum(["FULL_CREDIT", "DROP", "ACCEPT_ANSWER", "REVERT"]),
    /** ACCEPT_ANSWER only. */
    acceptedKeys: z.array(ZAcceptedKey).min(1).max(5).optional(),
    reason: z.string().trim().min(1, "REASON_REQUIRED").max(500),
  })
  .strict();
export type TAdjustItem = z.infer<typeof ZAdjustItem>;

/** Deleting: when students have started it, the teacher confirms the number of attempts they saw go. */
export const ZDeleteAssignment = z
  .object({ assignmentId: ZId, confirmAttempts: z.number().int().min(1).max(1_000_000).optional() })
  .strict();
export type TDeleteAssignment = z.infer<typeof ZDeleteAssignment>;

/** A copy of an assignment, same items and settings, for one of the teacher's classes with new dates. */
export const ZDuplicateAssignment = z
  .object({
    assignmentId: ZId,
    classId: ZId,
    title: ZTitle,
    /** Defaults to now. */
    opensAt: ZWhen.optional(),
    dueAt: ZWhen,
  })
  .strict();
export type TDuplicateAssignment = z.infer<typeof ZDuplicateAssignment>;
