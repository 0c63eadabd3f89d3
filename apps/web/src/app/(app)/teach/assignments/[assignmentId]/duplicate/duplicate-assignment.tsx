"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "~/components/link";
import { useEdgeMessages } from "~/lib/edge-messages";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import type {
  TAssignmentForm,
  TField,
  TFieldError,
} from "../../../classes/[classId]/assignments/new/assignment-input";
import { createProblem, type TCreateProblem } from "../../../classes/[classId]/assignments/new/create-errors";
import { defaultSchedule, localTimeZone } from "../../../classes/[classId]/assignments/new/datetime-local";
import { ErrorSummary } from "../../../classes/[classId]/assignments/new/error-summary";
import { FormSection, TextField } from "../../../classes/[classId]/assignments/new/form-parts";
import { ScheduleFields } from "../../../classes/[classId]/assignments/new/schedule-fields";
import { AssignmentFrame } from "../manage/assignment-frame";
import { type TAssignmentDetail } from "../types";
import { buildDuplicateInput, type TDuplicateForm } from "./duplicate-input";

export function DuplicateAssignment({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("manage.duplicate");
  return (
    <AssignmentFrame
      assignmentId={assignmentId}
      title={t("title")}
      lead={(a) => t("lead", { title: a.title })}
    >
      {(a) => <DuplicateForm assignment={a} />}
    </AssignmentFrame>
  );
}

/** Which class (any of the teacher's open classes, this one first), the copy's title and its dates. */
function DuplicateForm({ assignment: a }: { assignment: TAssignmentDetail }) {
  const t = useTranslations("manage.duplicate");
  const tn = useTranslations("assignments.new");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const edge = useEdgeMessages();
  const classSelect = useId();
  const classes = useQuery(trpc.class.list.queryOptions());
  const [timeZone] = useState(localTimeZone);
  const [form, setForm] = useState<TDuplicateForm>(() => ({
    classId: a.classId,
    title: a.title,
    ...defaultSchedule(new Date(), timeZone),
  }));
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<TCreateProblem | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const duplicate = useMutation(trpc.assignment.duplicate.mutationOptions());

  const built = buildDuplicateInput(form, a.id, timeZone);
  const message = (e: TFieldError) => edge.field(e.code) ?? tn(`errors.${e.code}`, e.values);
  const fieldErrors = { ...problem?.fields, ...(tried && !built.ok ? built.errors : {}) };
  const errors = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, e]) => [field, message(e)]),
  ) as Partial<Record<TField, string>>;
  const busy = duplicate.isPending || duplicate.isSuccess;

  useEffect(() => {
    if (summaryFocus) summaryRef.current?.focus();
  }, [summaryFocus]);

  function change(patch: Partial<TDuplicateForm>) {
    setForm((old) => ({ ...old, ...patch }));
    setProblem(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (!built.ok) return setSummaryFocus((n) => n + 1);
    try {
      const copy = await duplicate.mutateAsync(built.input);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.assignment.list.queryKey({ classId: copy.classId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.class.get.queryKey({ classId: copy.classId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.class.list.pathKey() }),
      ]);
      router.push(`/teach/assignments/${copy.id}`);
    } catch (e) {
      const { code, fields } = errorCode(e);
      setProblem(createProblem(code, fields));
      setSummaryFocus((n) => n + 1);
    }
  }

  const formMessage = problem?.form ? message(problem.form) : null;
  const open = (classes.data ?? []).filter((c) => !c.archivedAt);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="max-w-3xl space-y-6">
      <ErrorSummary ref={summaryRef} errors={errors} formMessage={formMessage} />
      <div className="card space-y-5">
        <div className="space-y-1.5">
          <label htmlFor={classSelect} className="block font-medium">
            {t("classLabel")}
          </label>
          {classes.isError ? (
            <p role="alert" className="text-accent-dark">
              {t("classesError")}
            </p>
          ) : (
            <select
              id={classSelect}
              className="field max-w-md"
              value={form.classId}
              onChange={(e) => change({ classId: e.target.value })}
              aria-describedby={`${classSelect}-hint`}
              disabled={!classes.data}
            >
              {!open.some((c) => c.id === a.classId) && <option value={a.classId}>{a.className}</option>}
              {open.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id === a.classId ? t("sameClass", { name: c.name }) : c.name}
                </option>
              ))}
            </select>
          )}
          <p id={`${classSelect}-hint`} className="text-muted text-sm">
            {t("classHint")}
          </p>
        </div>
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
      <FormSection legend={tn("scheduleLegend")}>
        <ScheduleFields
          form={{ ...emptyRest, ...form }}
          update={(patch) =>
            change({ opensAt: patch.opensAt ?? form.opensAt, dueAt: patch.dueAt ?? form.dueAt })
          }
          errors={errors}
          timeZone={timeZone}
        />
      </FormSection>
      <p className="text-muted">{t("copied", { count: a.itemCount })}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("copying") : t("submit")}
        </button>
        <Link href={`/teach/assignments/${a.id}`} className="btn-secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}

/** ScheduleFields reads the opening and due times only; the rest of the assignment form is unused here. */
const emptyRest: Omit<TAssignmentForm, "title" | "opensAt" | "dueAt"> = {
  mode: "pick",
  lessonIds: [],
  skills: [],
  itemCount: "",
  pool: "assessment",
  pickedIds: [],
  shuffle: true,
  timed: false,
  timeLimit: "",
  maxAttempts: "1",
  feedback: "IMMEDIATE",
  scoreRelease: "IMMEDIATE",
  passMark: "",
};
