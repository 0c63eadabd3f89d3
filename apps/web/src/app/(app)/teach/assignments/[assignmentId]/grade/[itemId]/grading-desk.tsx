"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Link } from "~/components/link";
import { PageHeader } from "~/components/page-header";
import { Section } from "~/components/sections";
import { localized } from "~/lib/localized";
import { useTRPC } from "~/trpc/react";
import { useErrorText } from "../../../../_results/error-text";
import { POLL_MS } from "../../../../_results/format";
import { useReportData } from "../../../../_results/report-data";
import { GradingProgress } from "../grading-progress";
import { nextToGrade } from "./grading-keys";
import { GroupList } from "./group-list";
import { KeyboardHelp } from "./keyboard-help";
import { MarkingForm, type TMarkingDraft } from "./marking-form";
import { RubricEdit } from "./rubric-edit";

/**
 * Grading one written question across the class, built for speed: alike answers come as groups,
 * one decision (criteria toggled with 1–4, a comment, Enter) grades a group and moves to the next
 * group still to grade; j/k or the arrows move without the mouse. Saves are announced politely.
 */
export function GradingDesk({ assignmentId, itemId }: { assignmentId: string; itemId: string }) {
  const t = useTranslations("results.grading");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const ref = { assignmentId, itemId };
  const query = useQuery({ ...trpc.grading.queue.queryOptions(ref), refetchInterval: POLL_MS });
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const grade = useMutation(trpc.grading.grade.mutationOptions());
  const { data, placeholder } = useReportData(query);
  if (!data) return placeholder;

  const groups = data.groups;
  const found = groups.findIndex((g) => g.key === currentKey);
  const index =
    found >= 0
      ? found
      : Math.max(
          0,
          groups.findIndex((g) => g.graded < g.size),
        );
  const group = groups[index];
  const go = (to: number) => {
    const target = groups[Math.max(0, Math.min(groups.length - 1, to))];
    if (!target) return;
    setCurrentKey(target.key);
    setProblem(null);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const save = async (draft: TMarkingDraft) => {
    if (!group || grade.isPending) return;
    setProblem(null);
    try {
      const result = await grade.mutateAsync({ ...ref, ...draft });
      const points = data.item.rubric
        .filter((c) => result.criteriaMet.includes(c.id))
        .reduce((s, c) => s + c.points, 0);
      setStatus(t("saved", { count: result.graded, points, max: data.maxPoints }));
      // Move on at once, as if this group were graded; the refetch confirms it.
      const after = groups.map((g, i) => (i === index ? { ...g, graded: g.size } : g));
      go(nextToGrade(after, index));
      for (const queryKey of [
        trpc.grading.queue.queryKey(ref),
        trpc.grading.questions.queryKey({ assignmentId }),
        trpc.results.assignment.queryKey({ assignmentId }),
        trpc.results.gradebook.queryKey({ classId: data.assignment.classId }),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-muted mb-3 text-sm">
        <ol className="flex flex-wrap items-center gap-x-2">
          <li>
            <Link href={`/teach/assignments/${assignmentId}`} className="underline-offset-4 hover:underline">
              {data.assignment.title}
            </Link>
          </li>
          <li aria-hidden>›</li>
          <li>
            <Link
              href={`/teach/assignments/${assignmentId}/grade`}
              className="underline-offset-4 hover:underline"
            >
              {t("indexTitle")}
            </Link>
          </li>
        </ol>
      </nav>
      <PageHeader title={t("title")} lead={localized(data.item.prompt, locale)}>
        <GradingProgress graded={data.progress.graded} total={data.progress.total} />
      </PageHeader>
      <p
        role="status"
        aria-live="polite"
        className="text-ok mb-4 min-h-6 font-medium"
        data-testid="grading-status"
      >
        {status}
      </p>
      {groups.length === 0 || !group ? (
        <p className="card text-muted">{t("noAnswers")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
          <GroupList groups={groups} current={index} onPick={go} groupsLeft={data.progress.groupsLeft} />
          <div className="min-w-0 space-y-6">
            <MarkingForm
              key={group.key}
              group={group}
              position={{ index, count: groups.length }}
              rubric={data.item.rubric}
              maxPoints={data.maxPoints}
              heading={heading}
              busy={grade.isPending}
              problem={problem}
              onSave={save}
              onMove={(step) => go(index + step)}
            />
            <KeyboardHelp />
          </div>
        </div>
      )}
      <div className="mt-8 grid items-start gap-6 lg:grid-cols-2">
        <Section id="grading-model" title={t("modelHeading")}>
          <p className="text-lg leading-loose">{localized(data.item.modelAnswer, locale)}</p>
        </Section>
        <Section id="grading-rubric" title={t("rubricHeading")} lead={t("rubricLead")}>
          <RubricEdit
            assignmentId={assignmentId}
            itemId={itemId}
            rubric={data.item.rubric}
            graded={data.progress.graded}
            onChanged={(text) => {
              setStatus(text);
              for (const queryKey of [
                trpc.grading.queue.queryKey(ref),
                trpc.results.assignment.queryKey({ assignmentId }),
                trpc.assignment.regrades.queryKey({ assignmentId }),
              ]) {
                void queryClient.invalidateQueries({ queryKey });
              }
            }}
          />
        </Section>
      </div>
    </>
  );
}
