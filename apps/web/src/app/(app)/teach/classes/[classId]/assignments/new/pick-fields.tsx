"use client";

import { ITEM_TYPES, LESSON_IDS, SKILLS } from "@dc/content/constants";
import type { TLessonId, TSkill } from "@dc/content/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { LIMITS, type TAssignmentForm, type TField } from "./assignment-input";
import { filterBank, togglePicked, type TBankFilter } from "./bank-filter";
import { errorId, FieldError } from "./form-parts";
import { BankItem } from "./bank-item";
import { PickedList } from "./picked-list";

type Props = {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
  errors: Partial<Record<TField, string>>;
  locale: string;
};

/** The bank, filtered by lesson, skill and type, with a checkbox per item; the picks above, in order. */
export function PickFields({ form, update, errors, locale }: Props) {
  const t = useTranslations("assignments.new");
  const tr = useTranslations();
  const tp = useTranslations("integrity.pool");
  const trpc = useTRPC();
  const id = useId();
  const [filter, setFilter] = useState<TBankFilter>({});
  // The whole bank once (a couple of hundred items): filters then answer at once, and picked
  // items stay listed whatever the filters show.
  const { data, isError, refetch, isFetching } = useQuery(trpc.bank.list.queryOptions({}));
  const shown = data ? filterBank(data, filter) : [];
  const full = form.pickedIds.length >= LIMITS.items;

  const select = (
    name: string,
    label: string,
    value: string | number | undefined,
    options: { value: string; label: string }[],
    set: (v: string) => void,
  ) => (
    <div className="min-w-0 flex-1 basis-40 space-y-1.5">
      <label htmlFor={`${id}-${name}`} className="block text-[15px] font-medium">
        {label}
      </label>
      <select
        id={`${id}-${name}`}
        className="field"
        value={value === undefined ? "" : String(value)}
        onChange={(e) => set(e.target.value)}
      >
        <option value="">{t("pick.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="space-y-5">
      <PickedList
        ids={form.pickedIds}
        items={data ?? []}
        locale={locale}
        error={errors.pickedIds}
        onChange={(pickedIds) => update({ pickedIds })}
      />
      <FieldError field="pickedIds" message={errors.pickedIds} />
      <fieldset className="space-y-4" aria-describedby={errors.pickedIds ? errorId("pickedIds") : undefined}>
        <legend className="mb-1 font-medium">{t("pick.bankLegend")}</legend>
        <div className="flex flex-wrap gap-3">
          {select(
            "lesson",
            t("pick.lesson"),
            filter.lessonId,
            LESSON_IDS.map((id) => ({ value: String(id), label: tr("learn.lesson", { n: id }) })),
            (v) => setFilter({ ...filter, lessonId: v === "" ? undefined : (Number(v) as TLessonId) }),
          )}
          {select(
            "skill",
            t("pick.skill"),
            filter.skill,
            SKILLS.map((s) => ({ value: s, label: tr(`skills.${s}`) })),
            (v) => setFilter({ ...filter, skill: v === "" ? undefined : (v as TSkill) }),
          )}
          {select(
            "type",
            t("pick.type"),
            filter.type,
            ITEM_TYPES.map((type) => ({ value: type, label: tr(`types.${type}`) })),
            (v) => setFilter({ ...filter, type: v === "" ? undefined : v }),
          )}
          {select(
            "pool",
            tp("filterLabel"),
            filter.pool,
            (["assessment", "practice"] as const).map((pool) => ({ value: pool, label: tp(pool) })),
            (v) => setFilter({ ...filter, pool: v === "" ? undefined : v }),
          )}
        </div>
        {!data ? (
          isError ? (
            <div role="alert" className="flex flex-wrap items-center gap-3">
              <p className="text-accent-dark">{tr("common.error")}</p>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => void refetch()}
                disabled={isFetching}
              >
                {t("pick.retry")}
              </button>
            </div>
          ) : (
            <p role="status" className="text-muted">
              {tr("common.loading")}
            </p>
          )
        ) : (
          <>
            <p className="text-muted text-[15px]" aria-live="polite">
              {t("pick.count", { count: shown.length })}
              {full && ` ${t("pick.full", { max: LIMITS.items })}`}
            </p>
            <ul className="space-y-3">
              {shown.map((item) => {
                const checked = form.pickedIds.includes(item.id);
                return (
                  <BankItem
                    key={item.id}
                    item={item}
                    locale={locale}
                    checked={checked}
                    disabled={!checked && full}
                    onChange={(on) => update({ pickedIds: togglePicked(form.pickedIds, item.id, on) })}
                  />
                );
              })}
            </ul>
          </>
        )}
      </fieldset>
    </div>
  );
}
