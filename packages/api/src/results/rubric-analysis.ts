import { rubricScore, type TCriterionPoints } from "@dc/content";

type TRubric = readonly { id: string; points: number }[];

/**
 * A rubric item's analysis over teacher gradings (self-grades never reach here): how many answers
 * were graded, the mean points, the share of graded answers meeting each criterion, and how many
 * answers got each total from 0 to the rubric's maximum (all with this assignment's points).
 */
export function rubricAnalysis(
  rubric: TRubric,
  gradings: readonly (readonly string[])[],
  adjusted: TCriterionPoints,
) {
  const totals = gradings.map((met) => rubricScore(rubric, met, adjusted));
  const maxPoints = rubricScore(rubric, [], adjusted).maxPoints;
  const counts = new Array<number>(maxPoints + 1).fill(0);
  for (const t of totals) counts[t.points] = (counts[t.points] ?? 0) + 1;
  return {
    graded: gradings.length,
    maxPoints,
    meanPoints: totals.length ? totals.reduce((s, t) => s + t.points, 0) / totals.length : null,
    criteria: rubric.map((c) => ({
      id: c.id,
      points: adjusted[c.id] ?? c.points,
      /** Share of graded answers meeting it, 0..1; null before any grading. */
      share: gradings.length ? gradings.filter((met) => met.includes(c.id)).length / gradings.length : null,
    })),
    distribution: counts.map((count, points) => ({ points, count })),
  };
}
