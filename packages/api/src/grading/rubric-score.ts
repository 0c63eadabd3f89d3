/** A criterion's points for one assignment, by criterion id: the teacher's adjustment where there is one. */
export type TCriterionPoints = Readonly<Record<string, number>>;

/**
 * The score of a marking: the points of the criteria met over the rubric's total, both with the
 * assignment's adjusted points. Unknown ids count nothing.
 */
export function rubricScore(
  rubric: readonly { id: string; points: number }[],
  criteriaMet: readonly string[],
  adjusted: TCriterionPoints = {},
): { points: number; maxPoints: number; score: number } {
  const pointsOf = (c: { id: string; points: number }) => adjusted[c.id] ?? c.points;
  const met = new Set(criteriaMet);
  const points = rubric.filter((c) => met.has(c.id)).reduce((sum, c) => sum + pointsOf(c), 0);
  const maxPoints = rubric.reduce((sum, c) => sum + pointsOf(c), 0);
  return { points, maxPoints, score: maxPoints > 0 ? points / maxPoints : 0 };
}
