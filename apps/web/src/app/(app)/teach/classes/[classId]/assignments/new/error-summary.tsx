"use client";

import { useTranslations } from "next-intl";
import type { TField } from "./assignment-input";
import { fieldId } from "./form-parts";

/** Field order on the page, so the summary reads top to bottom. */
const ORDER: TField[] = [
  "title",
  "lessonIds",
  "skills",
  "itemCount",
  "pickedIds",
  "timeLimit",
  "maxAttempts",
  "opensAt",
  "dueAt",
];

/**
 * What stops the form, at its top: takes the focus after a failed try, and each entry moves the
 * focus to its field.
 */
export function ErrorSummary({
  errors,
  formMessage,
  ref,
}: {
  errors: Partial<Record<TField, string>>;
  formMessage: string | null;
  ref: React.Ref<HTMLDivElement>;
}) {
  const t = useTranslations("assignments.new");
  const fields = ORDER.filter((field) => errors[field]);
  if (!fields.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="assignment-errors-heading"
      className="bg-accent-soft rounded-xl border border-red-200 p-4"
    >
      <h2 id="assignment-errors-heading" className="text-accent-dark font-semibold">
        {t("errorSummary", { count: fields.length + (formMessage ? 1 : 0) })}
      </h2>
      <ul className="mt-2 ml-5 list-disc space-y-1">
        {formMessage && <li className="text-accent-dark">{formMessage}</li>}
        {fields.map((field) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              className="text-accent-dark underline underline-offset-4"
              onClick={(event) => {
                const target = document.getElementById(fieldId(field));
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: "center" });
              }}
            >
              {t("summaryItem", { field: t(`fields.${field}`), message: errors[field] ?? "" })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
