"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { Link } from "~/components/link";
import { useEdgeMessages } from "~/lib/edge-messages";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import type { TField, TFieldError } from "../../../classes/[classId]/assignments/new/assignment-input";
import { createProblem, type TCreateProblem } from "../../../classes/[classId]/assignments/new/create-errors";
import { localTimeZone } from "../../../classes/[classId]/assignments/new/datetime-local";
import { ErrorSummary } from "../../../classes/[classId]/assignments/new/error-summary";
import { FormSection, TextField } from "../../../classes/[classId]/assignments/new/form-parts";
import { PassMarkField } from "../../../classes/[classId]/assignments/new/pass-mark-field";
import { ReleaseFields } from "../../../classes/[classId]/assignments/new/release-fields";
import { ScheduleFields } from "../../../classes/[classId]/assignments/new/schedule-fields";
import { SettingsFields } from "../../../classes/[classId]/assignments/new/settings-fields";
import { AssignmentFrame } from "../manage/assignment-frame";
import { type TAssignmentDetail } from "../types";
import { editEffects } from "./edit-effects";
import { buildUpdateInput, formOf } from "./edit-input";

export function EditAssignment({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("manage.edit");
  return (
    <AssignmentFrame
      assignmentId={assignmentId}
      title={t("title")}
      lead={(a) => t("lead", { title: a.title })}
    >
      {(a) => <EditForm assignment={a} />}
    </AssignmentFrame>
  );
}

/**
 * The assignment's settings in the new-assignment form's fields. The items are listed as fixed; once
 * someone has started, a note lists what each change does to the attempts already made.
 */
function EditForm({ assignment: a }: { assignment: TAssignmentDetail }) {
  const t = useTranslations("manage.edit");
  const tn = useTranslations("assignments.new");
  const ts = useTranslations("integrity.scores");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const edge = useEdgeMessages();
  const [timeZone] = useState(localTimeZone);
  const [form, setForm] = useState(() => formOf(a, timeZone));
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<TCreateProblem | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const update = useMutation(trpc.assignment.update.mutationOptions());

  const built = buildUpdateInput(form, a, timeZone);
  const message = (e: TFieldError) => edge.field(e.code) ?? tn(`errors.${e.code}`, e.values);
  const fieldErrors = { ...problem?.fields, ...(tried && !built.ok ? built.errors : {}) };
  const errors = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, e]) => [field, message(e)]),
  ) as Partial<Record<TField, string>>;
  const effects = built.ok ? editEffects(a, built.input) : [];
  const busy = update.isPending || update.isSuccess;

  useEffect(() => {
    if (summaryFocus) summaryRef.current?.focus();
  }, [summaryFocus]);

  function change(patch: Partial<typeof form>) {
    setForm((old) => ({ ...old, ...patch }));
    setProblem(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (!built.ok) return setSummaryFocus((n) => n + 1);
    try {
      await update.mutateAsync(built.input);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.assignment.get.queryKey({ assignmentId: a.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.results.assignment.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.assignment.list.queryKey({ classId: a.classId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.results.gradebook.pathKey() }),
      ]);
      router.push(`/teach/assignments/${a.id}`);
    } catch (e) {
      const { code, fields } = errorCode(e);
      setProblem(createProblem(code, fields));
      setSummaryFocus((n) => n + 1);
    }
  }

  const formMessage = problem?.form ? message(problem.form) : null;
  const started = a.attempts.total > 0;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="max-w-4xl space-y-6">
      <ErrorSummary ref={summaryRef} errors={errors} formMessage={formMessage} />
      {!Object.keys(errors).length && <FormAlert message={formMessage} />}

      <div className="card space-y-2">
        <h2 className="text-xl font-semibold">{t("itemsHeading")}</h2>
        <p>{t("itemsFixed", { count: a.itemCount })}</p>
        <p className="text-muted text-[15px]">{t("itemsHint")}</p>
      </div>

      <div className="card">
        <TextField
          field="title"
          label={tn("titleLabel")}
          value={form.title}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => change({ title: e.target.value })}
          error={errors.title}
        />
      </div>

      <FormSection legend={tn("settingsLegend")}>
        <SettingsFields form={form} update={change} errors={errors} />
        <PassMarkField
          value={form.passMark}
          onChange={(passMark) => change({ passMark })}
          error={errors.passPercent}
        />
      </FormSection>

      <FormSection legend={tn("scheduleLegend")}>
        <ScheduleFields form={form} update={change} errors={errors} timeZone={timeZone} />
      </FormSection>

      <FormSection legend={tn("feedbackLegend")}>
        <ReleaseFields field="feedback" form={form} update={change} />
      </FormSection>

      <FormSection legend={ts("legend")}>
        <ReleaseFields field="scoreRelease" form={form} update={change} />
      </FormSection>

      {started && (
        <section
          aria-labelledby="edit-effects-heading"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
        >
          <h2 id="edit-effects-heading" className="font-semibold">
            {t("effectsHeading", { count: a.attempts.total, students: a.attempts.students })}
          </h2>
          {effects.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5" aria-live="polite">
              {effects.map((effect) => (
                <li key={effect}>
                  {t(`effects.${effect}`, {
                    inProgress: a.attempts.inProgress,
                    submitted: a.attempts.submitted,
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t("noChanges")}</p>
          )}
        </section>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
        <Link href={`/teach/assignments/${a.id}`} className="btn-secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
