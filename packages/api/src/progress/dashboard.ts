import { items, LESSON_IDS, lessons, paragraphs, SKILLS } from "@dc/content";
import { type Db, Prisma } from "@dc/db";
import { scoresReleased } from "../attempts/policy";
import { toReading } from "../reading/save-reading";
import { reviewSummary } from "../review/start-review";
import { levelOf, masteryBy, type TLatestAnswer } from "./mastery";

const ACTIVITY_DAYS = 30;

/**
 * Everything the student dashboard shows, in a fixed handful of queries (no query per lesson,
 * item or day): latest answers, daily activity, submitted attempts, reading, review counts.
 */
export async function studentDashboard(db: Db, userId: string, tzOffsetMinutes: number, now = new Date()) {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 86_400_000);
  // An assignment's answers count (mastery, activity) only once its keys reached the student: before
  // that, a mastery that moves would tell right from wrong item by item.
  const released = Prisma.sql`(t.kind <> 'ASSIGNMENT' OR t."keysReleasedAt" IS NOT NULL)`;
  const [latest, activity, attempts, reading, review] = await Promise.all([
    db.$queryRaw<TLatestAnswer[]>`
      SELECT DISTINCT ON (a."itemId") a."itemId", a.score
      FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"
      WHERE t."userId" = ${userId} AND a.score IS NOT NULL AND ${released}
      ORDER BY a."itemId", a."lockedAt" DESC`,
    db.$queryRaw<{ day: string; answers: number; correct: number; avgScore: number }[]>`
      SELECT to_char(date_trunc('day', a."lockedAt" + make_interval(mins => ${tzOffsetMinutes})), 'YYYY-MM-DD') AS day,
        count(*)::int AS answers, count(*) FILTER (WHERE a.correct)::int AS correct, avg(a.score)::float8 AS "avgScore"
      FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"
      WHERE t."userId" = ${userId} AND a."lockedAt" >= ${since} AND ${released}
      GROUP BY 1 ORDER BY 1`,
    db.attempt.findMany({
      where: { userId, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        kind: true,
        lessonId: true,
        score: true,
        maxScore: true,
        itemIds: true,
        submittedAt: true,
        assignment: { select: { title: true, scoreRelease: true, dueAt: true, releasedAt: true } },
      },
      take: 200,
    }),
    db.readingProgress.findMany({ where: { userId } }),
    reviewSummary(db, userId, now),
  ]);

  const bySkill = masteryBy(items, latest, (i) => i.skill);
  const byLesson = masteryBy(items, latest, (i) => i.lessonId);
  const byParagraph = masteryBy(items, latest, (i) => i.source.paragraphId);
  const percent = (a: (typeof attempts)[number]) => {
    const max = a.maxScore ?? a.itemIds.length; // items a teacher dropped are not possible points
    return max > 0 ? (a.score ?? 0) / max : 0;
  };

  return {
    skills: SKILLS.map((skill) => ({ skill, ...bySkill.get(skill)! })),
    lessons: LESSON_IDS.map((lessonId) => {
      const mine = attempts.filter((a) => a.lessonId === lessonId);
      const quizzes = mine.filter((a) => a.kind === "QUIZ");
      return {
        lessonId,
        reading: toReading(lessonId, reading.find((r) => r.lessonId === lessonId) ?? null),
        practised: mine.filter((a) => a.kind === "PRACTICE").length,
        quizzes: quizzes.length,
        bestQuizScore: quizzes.length ? Math.max(...quizzes.map(percent)) : null,
        ...byLesson.get(lessonId)!,
      };
    }),
    paragraphs: paragraphs.map((p) => {
      const m = byParagraph.get(p.id) ?? { mastery: null, answered: 0, total: 0 };
      return { paragraphId: p.id, sectionId: p.sectionId, ...m, level: levelOf(m.mastery) };
    }),
    // An attempt whose written answers wait for their marking has no score to plot yet.
    scores: attempts
      .filter(
        (a) =>
          a.kind === "QUIZ" ||
          (a.kind === "ASSIGNMENT" &&
            a.assignment !== null &&
            a.score !== null &&
            scoresReleased(a.assignment, now)),
      )
      .map((a) => ({
        attemptId: a.id,
        kind: a.kind,
        lessonId: a.lessonId,
        title: a.assignment?.title ?? null,
        at: a.submittedAt!,
        percent: percent(a),
      })),
    activity: fillDays(activity, now, tzOffsetMinutes),
    review,
    lessonTitles: lessons.map((l) => ({ id: l.id, title: l.title })),
  };
}

/** One entry per day of the window, zeros included, so the chart's axis has no gaps. */
export function fillDays(
  rows: { day: string; answers: number; correct: number; avgScore: number }[],
  now: Date,
  tzOffsetMinutes: number,
) {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: { day: string; answers: number; correct: number; avgScore: number | null }[] = [];
  const today = new Date(now.getTime() + tzOffsetMinutes * 60_000);
  for (let i = ACTIVITY_DAYS - 1; i >= 0; i--) {
    const day = new Date(today.getTime() - i * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    out.push({
      day,
      answers: row?.answers ?? 0,
      correct: row?.correct ?? 0,
      avgScore: row?.avgScore ?? null,
    });
  }
  return out;
}
