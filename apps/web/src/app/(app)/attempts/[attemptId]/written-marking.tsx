"use client";

import { useTranslations } from "next-intl";
import { RubricList } from "~/components/items/written-rubric";
import type { TEntry } from "./player-state";

/**
 * A written answer's marking as its learner sees it: "awaiting grading" while it waits, then the
 * points, each criterion met or not (with this assignment's points) and the teacher's comment.
 */
export function WrittenMarking({
  entry,
  selfGraded,
  locale,
}: {
  entry: TEntry;
  /** Practice and review: the learner marks it (no teacher will). */
  selfGraded: boolean;
  locale: string;
}) {
  const t = useTranslations("items");
  const written = entry.written;
  if (!written) return null;
  if (written.pending) {
    return (
      <p className="text-warn font-semibold" data-testid="written-pending">
        {selfGraded ? t("awaitingSelfGrade") : t("awaitingGrading")}
      </p>
    );
  }
  const marked = written.marked;
  const rubric = entry.reveal?.type === "written" ? entry.reveal.key.rubric : null;
  if (!marked || !rubric) return null;
  return (
    <section className="border-line space-y-2 rounded-xl border bg-white p-4" data-testid="written-marking">
      <h3 className="font-semibold">
        {t(marked.selfGraded ? "markedBySelf" : "markedByTeacher", {
          points: marked.points,
          max: marked.maxPoints,
        })}
      </h3>
      <RubricList rubric={rubric} locale={locale} met={marked.criteriaMet} />
      {marked.comment && (
        <div>
          <h4 className="text-muted text-sm font-semibold">{t("teacherComment")}</h4>
          <p lang="zh-Hant" className="mt-1 whitespace-pre-line">
            {marked.comment}
          </p>
        </div>
      )}
    </section>
  );
}
