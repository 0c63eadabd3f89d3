"use client";

import { lessons } from "@dc/content/reader";
import { SKILLS } from "@dc/content/constants";
import { useTranslations } from "next-intl";
import { localized } from "~/lib/localized";
import { LIMITS, type TAssignmentForm, type TField, type TPool } from "./assignment-input";
import { Choice, errorId, fieldId, FieldError, hintId, TextField } from "./form-parts";

type Props = {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
  errors: Partial<Record<TField, string>>;
  /** Items in the chosen pool for the chosen lessons and skills; null while the counts load. */
  available: number | null;
  /** The same count for each pool. */
  poolCounts: Record<TPool, number> | null;
  locale: string;
};

const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** Which lessons and skills to draw from, and how many items: the bank's count guides the number. */
export function DrawFields({ form, update, errors, available, poolCounts, locale }: Props) {
  const t = useTranslations("assignments.new");
  const tr = useTranslations();
  const tp = useTranslations("integrity.pool");
  const ready = form.lessonIds.length > 0 && form.skills.length > 0;
  const wanted = Number(form.itemCount) || 1;
  // The assessment pool may not cover these lessons yet: say so, and offer the practice pool.
  const assessmentShort =
    ready && poolCounts !== null && form.pool === "assessment" && poolCounts.assessment < wanted;
  return (
    <div className="space-y-5">
      <fieldset aria-describedby={errors.lessonIds ? errorId("lessonIds") : undefined}>
        <legend className="mb-1 font-medium">{t("lessonsLegend")}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {lessons.map((lesson, index) => (
            <Choice
              key={lesson.id}
              id={index === 0 ? fieldId("lessonIds") : undefined}
              type="checkbox"
              name="lessonIds"
              value={lesson.id}
              checked={form.lessonIds.includes(lesson.id)}
              onChange={(e) =>
                update({
                  lessonIds: toggle(form.lessonIds, lesson.id, e.target.checked).sort((x, y) => x - y),
                })
              }
              label={t("lessonOption", { n: lesson.id, title: localized(lesson.title, locale) })}
            />
          ))}
        </div>
        <FieldError field="lessonIds" message={errors.lessonIds} />
      </fieldset>
      <fieldset aria-describedby={errors.skills ? errorId("skills") : undefined}>
        <legend className="mb-1 font-medium">{t("skillsLegend")}</legend>
        <div className="flex flex-wrap gap-x-6">
          {SKILLS.map((skill, index) => (
            <Choice
              key={skill}
              id={index === 0 ? fieldId("skills") : undefined}
              type="checkbox"
              name="skills"
              value={skill}
              checked={form.skills.includes(skill)}
              onChange={(e) =>
                update({
                  skills: SKILLS.filter((s) => (s === skill ? e.target.checked : form.skills.includes(s))),
                })
              }
              label={tr(`skills.${skill}`)}
            />
          ))}
        </div>
        <FieldError field="skills" message={errors.skills} />
      </fieldset>
      <fieldset>
        <legend className="mb-1 font-medium">{tp("legend")}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {(["assessment", "practice"] as const).map((pool) => (
            <Choice
              key={pool}
              type="radio"
              name="pool"
              value={pool}
              checked={form.pool === pool}
              onChange={() => update({ pool })}
              label={`${tp(pool)}${ready && poolCounts ? `（${tp("count", { count: poolCounts[pool] })}）` : ""}`}
              hint={tp(`${pool}Hint`)}
            />
          ))}
        </div>
        {assessmentShort && (
          <div role="status" className="border-line bg-accent-soft/40 mt-2 rounded-xl border p-3 text-[15px]">
            <p>{tp("emptyAssessment", { count: poolCounts.assessment })}</p>
            <button type="button" className="btn-secondary mt-2" onClick={() => update({ pool: "practice" })}>
              {tp("usePractice")}
            </button>
          </div>
        )}
      </fieldset>
      <TextField
        field="itemCount"
        label={t("itemCountLabel")}
        type="number"
        inputMode="numeric"
        min={1}
        max={Math.min(LIMITS.items, available ?? LIMITS.items)}
        className="max-w-32"
        value={form.itemCount}
        onChange={(e) => update({ itemCount: e.target.value })}
        error={errors.itemCount}
        hint={
          <span aria-live="polite" id={`${hintId("itemCount")}-live`}>
            {!ready
              ? t("itemCountChoose")
              : available === null
                ? t("itemCountLoading")
                : t("itemCountHint", { available, max: LIMITS.items })}
          </span>
        }
      />
    </div>
  );
}
