"use client";

import { SKILLS } from "@dc/content/constants";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";
import {
  availableItems,
  buildAssignmentInput,
  LIMITS,
  type TAssignmentForm,
  type TField,
  type TFieldError,
} from "./assignment-input";
import { createProblem, type TCreateProblem } from "./create-errors";
import { defaultSchedule, localTimeZone } from "./datetime-local";
import { DrawFields } from "./draw-fields";
import { ErrorSummary } from "./error-summary";
import { Choice, FormSection, TextField } from "./form-parts";
import { PickFields } from "./pick-fields";
import { ScheduleFields } from "./schedule-fields";
import { ReleaseFields } from "./release-fields";
import { PassMarkField } from "./pass-mark-field";
import { SettingsFields } from "./settings-fields";

const initialForm = (now: number): TAssignmentForm => ({
  title: "",
  mode: "draw",
  lessonIds: [],
  skills: [...SKILLS],
  itemCount: "10",
  pool: "assessment",
  pickedIds: [],
  shuffle: true,
  timed: false,
  timeLimit: "20",
  maxAttempts: "1",
  ...defaultSchedule(new Date(now)),
  feedback: "IMMEDIATE",
  scoreRelease: "IMMEDIATE",
  passMark: "",
});

/**
 * The new-assignment form. Runs in the browser only (its times are in the teacher's zone). Errors
 * show after the first try, next to their fields and in a summary that takes the focus.
 */
export function AssignmentForm({ classId, now }: { classId: string; now: number }) {
  const t = useTranslations("assignments.new");
  const ts = useTranslations("integrity.scores");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [timeZone] = useState(localTimeZone);
  const [form, setForm] = useState(() => initialForm(now));
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<TCreateProblem | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { data: summary } = useQuery(trpc.bank.summary.queryOptions());
  const edge = useEdgeMessages();
  const create = useMutation(trpc.assignment.create.mutationOptions());

  const poolCounts = summary
    ? {
        assessment: availableItems(summary.rows, form.lessonIds, form.skills, "assessment"),
        practice: availableItems(summary.rows, form.lessonIds, form.skills, "practice"),
      }
    : null;
  const available = poolCounts ? poolCounts[form.pool] : null;
  const built = buildAssignmentInput(form, classId, available, timeZone);
  const message = (e: TFieldError) => edge.field(e.code) ?? t(`errors.${e.code}`, e.values);
  const fieldErrors: Partial<Record<TField, TFieldError>> = {
    ...problem?.fields,
    ...(tried && !built.ok ? built.errors : {}),
  };
  const errors = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, e]) => [field, message(e)]),
  ) as Partial<Record<TField, string>>;
  const busy = create.isPending || create.isSuccess;

  useEffect(() => {
    if (summaryFocus) summaryRef.current?.focus();
  }, [summaryFocus]);

  function update(patch: Partial<TAssignmentForm>) {
    setForm((old) => ({ ...old, ...patch }));
    setProblem(null); // the server's complaint was about the old values
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (!built.ok) return setSummaryFocus((n) => n + 1);
    try {
      await create.mutateAsync(built.input);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.assignment.list.queryKey({ classId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.class.get.queryKey({ classId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.class.list.pathKey() }),
      ]);
      router.push(`/teach/classes/${classId}`);
    } catch (e) {
      const { code, fields } = errorCode(e);
      setProblem(createProblem(code, fields));
      setSummaryFocus((n) => n + 1);
    }
  }

  const formMessage = problem?.form ? message(problem.form) : null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="max-w-4xl space-y-6">
      <ErrorSummary ref={summaryRef} errors={errors} formMessage={formMessage} />
      {!Object.keys(errors).length && <FormAlert message={formMessage} />}

      <div className="card">
        <TextField
          field="title"
          label={t("titleLabel")}
          hint={t("titleHint", { max: LIMITS.title })}
          value={form.title}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => update({ title: e.target.value })}
          error={errors.title}
        />
      </div>

      <FormSection legend={t("itemsLegend")}>
        <fieldset>
          <legend className="mb-1 font-medium">{t("modeLegend")}</legend>
          <div className="grid gap-x-6 sm:grid-cols-2">
            <Choice
              type="radio"
              name="mode"
              value="draw"
              checked={form.mode === "draw"}
              onChange={() => update({ mode: "draw" })}
              label={t("modeDraw")}
              hint={t("modeDrawHint")}
            />
            <Choice
              type="radio"
              name="mode"
              value="pick"
              checked={form.mode === "pick"}
              onChange={() => update({ mode: "pick" })}
              label={t("modePick")}
              hint={t("modePickHint")}
            />
          </div>
        </fieldset>
        {form.mode === "draw" ? (
          <DrawFields
            form={form}
            update={update}
            errors={errors}
            available={available}
            poolCounts={poolCounts}
            locale={locale}
          />
        ) : (
          <PickFields form={form} update={update} errors={errors} locale={locale} />
        )}
      </FormSection>

      <FormSection legend={t("settingsLegend")}>
        <SettingsFields form={form} update={update} errors={errors} />
        <PassMarkField
          value={form.passMark}
          onChange={(passMark) => update({ passMark })}
          error={errors.passPercent}
        />
      </FormSection>

      <FormSection legend={t("scheduleLegend")}>
        <ScheduleFields form={form} update={update} errors={errors} timeZone={timeZone} />
      </FormSection>

      <FormSection legend={t("feedbackLegend")}>
        <ReleaseFields field="feedback" form={form} update={update} />
      </FormSection>

      <FormSection legend={ts("legend")}>
        <ReleaseFields field="scoreRelease" form={form} update={update} />
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </button>
        <Link href={`/teach/classes/${classId}`} className="btn-secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
