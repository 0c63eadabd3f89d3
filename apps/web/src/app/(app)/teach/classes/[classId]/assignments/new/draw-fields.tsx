"use client";

import { lessons } from "@dc/content/reader";
import { SKILLS } from "@dc/content/schema";
import { useTranslations } from "next-intl";
import { localized } from "~/lib/localized";
import { LIMITS, type TAssignmentForm, type TField } from "./assignment-input";
import { Choice, errorId, fieldId, FieldError, hintId, TextField } from "./form-parts";

type Props = {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
  errors: Partial<Record<TField, string>>;
  /** Items in the bank for the chosen lessons and skills; null while the counts load. */
  available: number | null;
  locale: string;
};

const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** Which lessons and skills to draw from, and how many items: the bank's count guides the number. */
export function DrawFields({ form, update, errors, available, locale }: Props) {
  const t = useTranslations("assignments.new");
  const tr = useTranslations();
  const ready = form.lessonIds.length > 0 && form.skills.length > 0;
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
