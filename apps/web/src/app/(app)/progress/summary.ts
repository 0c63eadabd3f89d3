import { type TActivityDay, type TDashboard, type TLessonRow, type TScore, type TSkillRow } from "./types";

/** Mastery over every answered item: the skills' averages weighted by how many items each has answered. */
export function overallMastery(skills: readonly TSkillRow[]) {
  let sum = 0;
  let answered = 0;
  let total = 0;
  for (const s of skills) {
    sum += (s.mastery ?? 0) * s.answered;
    answered += s.answered;
    total += s.total;
  }
  return { mastery: answered ? sum / answered : null, answered, total };
}

/** Lessons read to the end (a lesson marked as read counts as fully read). */
export const lessonsRead = (lessons: readonly TLessonRow[]) =>
  lessons.filter((l) => l.reading.fractionRead >= 1).length;

/** Whether the student has answered anything yet; before that the dashboard shows guidance, not charts. */
export const hasAnswered = (data: Pick<TDashboard, "skills" | "activity" | "scores">) =>
  data.skills.some((s) => s.answered > 0) ||
  data.activity.some((d) => d.answers > 0) ||
  data.scores.length > 0;

/** Totals of the daily activity window, for the chart's summary. */
export function activitySummary(days: readonly TActivityDay[]) {
  let answers = 0;
  let correct = 0;
  let scoreSum = 0;
  let scored = 0;
  let busiest: TActivityDay | null = null;
  for (const d of days) {
    answers += d.answers;
    correct += d.correct;
    if (d.avgScore !== null) {
      scoreSum += d.avgScore * d.answers;
      scored += d.answers;
    }
    if (d.answers > 0 && (!busiest || d.answers > busiest.answers)) busiest = d;
  }
  return {
    answers,
    correct,
    activeDays: days.filter((d) => d.answers > 0).length,
    busiest,
    avgScore: scored ? scoreSum / scored : null,
  };
}

/** Latest, best and mean score of the submitted quizzes (null when there are none). */
export function scoreSummary(scores: readonly TScore[]) {
  if (!scores.length) return null;
  const sorted = [...scores].sort((a, b) => Number(a.at) - Number(b.at));
  const percents = sorted.map((s) => s.percent);
  return {
    count: scores.length,
    latest: sorted[sorted.length - 1]!,
    best: Math.max(...percents),
    mean: percents.reduce((a, b) => a + b, 0) / percents.length,
  };
}
