import { hotQuery, type Db } from "@dc/db";
import { attemptNotFound } from "./errors";
import { type FeedbackPolicy } from "./policy";

type TKind = "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT";
type TAction = "FULL_CREDIT" | "DROP" | "ACCEPT_ANSWER";

type TRow = {
  id: string;
  kind: TKind;
  lessonId: number | null;
  assignmentId: string | null;
  itemIds: string[];
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  autoSubmitted: boolean;
  seed: string;
  keysReleasedAt: Date | null;
  /** Timestamps inside JSON as ms since the epoch (json has no timestamp type). */
  answers: {
    itemId: string;
    response: unknown;
    revision: number;
    updatedAtMs: number;
    lockedAtMs: number | null;
    score: number | null;
    correct: boolean | null;
    /** A written answer's marking (a teacher's, or the learner's own in practice), else null. */
    grade: { criteriaMet: string[]; comment: string | null; selfGraded: boolean } | null;
  }[];
  title: string | null;
  feedback: FeedbackPolicy | null;
  scoreRelease: FeedbackPolicy | null;
  dueAt: Date | null;
  releasedAt: Date | null;
  adjustments: { itemId: string; action: TAction; acceptedKeys: unknown; reason: string }[];
  rubricAdjustments: { itemId: string; criterionId: string; points: number }[];
};

const msDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The caller's own attempt with its answers and, for an assignment's, the assignment's release
 * settings and item adjustments: what the attempt page shows, in one statement (sent without
 * Prisma's query compiler: every student of an exam opens it, and submitting answers with it).
 * NOT_FOUND when the attempt is not the caller's.
 */
export async function loadAttempt(db: Db, userId: string, attemptId: string) {
  const [row] = await hotQuery<TRow>(
    db,
    `SELECT t.id, t.kind::text AS kind, t."lessonId", t."assignmentId", t."itemIds", t.status::text AS status,
      t."startedAt", t.deadline, t."submittedAt", t.score, t."maxScore", t."autoSubmitted", t.seed, t."keysReleasedAt",
      COALESCE((SELECT json_agg(json_build_object('itemId', a."itemId", 'response', a.response,
          'revision', a.revision, 'updatedAtMs', floor(extract(epoch FROM a."updatedAt") * 1000),
          'lockedAtMs', floor(extract(epoch FROM a."lockedAt") * 1000), 'score', a.score, 'correct', a.correct,
          'grade', CASE WHEN g."attemptId" IS NULL THEN NULL ELSE json_build_object('criteriaMet', g."criteriaMet",
            'comment', g.comment, 'selfGraded', g."selfGraded") END))
        FROM "Answer" a LEFT JOIN "WrittenGrade" g ON g."attemptId" = a."attemptId" AND g."itemId" = a."itemId"
        WHERE a."attemptId" = t.id), '[]'::json) AS answers,
      s.title, s.feedback::text AS feedback, s."scoreRelease"::text AS "scoreRelease", s."dueAt", s."releasedAt",
      COALESCE((SELECT json_agg(json_build_object('itemId', j."itemId", 'action', j.action,
          'acceptedKeys', j."acceptedKeys", 'reason', j.reason))
        FROM "ItemAdjustment" j WHERE j."assignmentId" = s.id), '[]'::json) AS adjustments,
      COALESCE((SELECT json_agg(json_build_object('itemId', r."itemId", 'criterionId', r."criterionId",
          'points', r.points))
        FROM "RubricAdjustment" r WHERE r."assignmentId" = s.id), '[]'::json) AS "rubricAdjustments"
    FROM "Attempt" t LEFT JOIN "Assignment" s ON s.id = t."assignmentId"
    WHERE t.id = $1 AND t."userId" = $2`,
    [attemptId, userId],
  );
  if (!row) throw attemptNotFound();
  const {
    answers,
    title,
    feedback,
    scoreRelease,
    dueAt,
    releasedAt,
    adjustments,
    rubricAdjustments,
    ...attempt
  } = row;
  return {
    ...attempt,
    answers: answers.map(({ updatedAtMs, lockedAtMs, ...answer }) => ({
      ...answer,
      updatedAt: new Date(updatedAtMs),
      lockedAt: msDate(lockedAtMs),
    })),
    assignment:
      attempt.assignmentId === null || title === null
        ? null
        : {
            title,
            feedback: feedback!,
            scoreRelease: scoreRelease!,
            dueAt: dueAt!,
            releasedAt,
            adjustments,
            rubricAdjustments,
          },
  };
}
