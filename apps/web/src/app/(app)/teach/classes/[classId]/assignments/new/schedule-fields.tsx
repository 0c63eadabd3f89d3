"use client";

import { useTranslations } from "next-intl";
import type { TAssignmentForm, TField } from "./assignment-input";
import { TextField } from "./form-parts";

type Props = {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
  errors: Partial<Record<TField, string>>;
  /** The teacher's time zone, e.g. "Asia/Hong_Kong". */
  timeZone: string;
};

/** Opening and due times, in the teacher's own time zone. */
export function ScheduleFields({ form, update, errors, timeZone }: Props) {
  const t = useTranslations("assignments.new");
  return (
    <div className="space-y-5">
      <p className="text-muted text-[15px]">{t("zoneHint", { zone: timeZone })}</p>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          field="opensAt"
          label={t("opensLabel")}
          type="datetime-local"
          value={form.opensAt}
          onChange={(e) => update({ opensAt: e.target.value })}
          hint={t("opensHint")}
          error={errors.opensAt}
        />
        <TextField
          field="dueAt"
          label={t("dueLabel")}
          type="datetime-local"
          value={form.dueAt}
          min={form.opensAt || undefined}
          onChange={(e) => update({ dueAt: e.target.value })}
          hint={t("dueHint")}
          error={errors.dueAt}
        />
      </div>
    </div>
  );
}
