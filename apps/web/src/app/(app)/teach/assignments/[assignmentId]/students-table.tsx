"use client";

import { Link } from "~/components/link";
import { accommodationParts } from "../../_results/accommodation-text";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatPercent100, formatPoints } from "../../_results/format";
import { LocalTime } from "../../_results/local-time";
import { StatusBadge } from "../../_results/status-badge";
import { AccommodationForm } from "./accommodation-form";
import { type TResults, type TStudentRow } from "./types";

/** Each student: status, counted score, every attempt (linked to its detail) and their accommodation. */
export function StudentsTable({ data }: { data: TResults }) {
  const t = useTranslations("results.students");
  if (data.students.length === 0) {
    return <p className="border-line rounded-xl border border-dashed p-5">{t("none")}</p>;
  }
  return (
    <ul className="divide-line divide-y">
      {data.students.map((row) => (
        <StudentRow key={row.student.id} row={row} data={data} />
      ))}
    </ul>
  );
}

function StudentRow({ row, data }: { row: TStudentRow; data: TResults }) {
  const t = useTranslations("results.students");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const a = data.assignment;
  const parts = accommodationParts(row.accommodation);
  const formId = `accommodation-${row.student.id}`;
  return (
    <li className="py-4 first:pt-0 last:pb-0" data-testid="student-row">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="font-semibold">{row.student.name}</h3>
        <span className="text-muted text-sm">{row.student.email}</span>
        <StatusBadge status={row.status} />
        <span className="ml-auto font-semibold tabular-nums">
          {row.percent === null ? (
            <span className="text-muted font-normal">{t("noScore")}</span>
          ) : (
            t("counted", {
              percent: formatPercent100(row.percent, locale),
              score: formatPoints(row.score ?? 0, locale),
              max: formatPoints(row.maxScore ?? 0, locale),
            })
          )}
        </span>
      </div>
      {row.attempts.length > 0 && (
        <ol className="mt-2 space-y-1 text-sm" aria-label={t("attemptsOf", { name: row.student.name })}>
          {row.attempts.map((at) => (
            <li key={at.attemptId} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <Link
                href={`/teach/assignments/${a.id}/attempts/${at.attemptId}`}
                className="text-accent-dark font-medium underline underline-offset-4"
              >
                {t("attemptLink", { n: at.number })}
              </Link>
              {at.status === "IN_PROGRESS" ? (
                <span>{t("inProgress", { answered: at.answered, total: a.itemCount })}</span>
              ) : (
                <>
                  <span className="tabular-nums">
                    {at.percent === null ? "—" : formatPercent100(at.percent, locale)}
                    {at.attemptId === row.countedAttemptId && row.attempts.length > 1 && (
                      <span className="text-muted">{t("countedMark")}</span>
                    )}
                  </span>
                  {at.submittedAt && (
                    <span className="text-muted">
                      {t("submittedAt")} <LocalTime date={at.submittedAt} withYear={false} />
                    </span>
                  )}
                  {at.autoSubmitted && <span className="text-muted">{t("autoSubmitted")}</span>}
                </>
              )}
              {at.late && <span className="font-medium text-amber-900">{t("late")}</span>}
            </li>
          ))}
        </ol>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="text-muted">
          {parts.length === 0
            ? t("noAccommodation")
            : t(row.accommodation.source === "STANDING" ? "accommodationStanding" : "accommodation", {
                parts: parts.map((part) => t(part.key, part.values)).join(t("accommodationSeparator")),
              })}
        </span>
        <button
          type="button"
          className="text-accent-dark min-h-10 rounded font-medium underline underline-offset-4"
          aria-expanded={editing}
          aria-controls={formId}
          onClick={() => setEditing((v) => !v)}
        >
          {editing ? t("closeAccommodation") : t("editAccommodation")}
          <span className="sr-only">{t("forStudent", { name: row.student.name })}</span>
        </button>
      </div>
      {editing && (
        <AccommodationForm
          id={formId}
          assignmentId={a.id}
          classId={a.classId}
          student={row.student}
          extra={row.accommodation}
          timed={a.timeLimitMinutes !== null}
        />
      )}
    </li>
  );
}
