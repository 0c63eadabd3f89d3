"use client";

import { useTranslations } from "next-intl";
import { useRelativeTime } from "~/lib/client-time";
import { LiveStatus } from "../../_results/live-status";
import { StatusBadge, type TStatus } from "../../_results/status-badge";
import { type TResults, type TStudentRow } from "./types";

const COUNTS: { status: TStatus; key: keyof TResults["summary"] }[] = [
  { status: "NOT_STARTED", key: "notStarted" },
  { status: "IN_PROGRESS", key: "inProgress" },
  { status: "SUBMITTED", key: "submitted" },
  { status: "LATE", key: "late" },
  { status: "MISSED", key: "missed" },
];

/** How many students are where, and who is taking the quiz right now with how far they have got. */
export function LiveSummary({
  data,
  updatedAt,
  failed,
  announcement,
}: {
  data: TResults;
  updatedAt: number;
  failed: boolean;
  announcement: string;
}) {
  const t = useTranslations("results.live");
  const taking = data.students.filter((s) => s.status === "IN_PROGRESS");
  return (
    <div className="space-y-5">
      <LiveStatus updatedAt={updatedAt} failed={failed} announcement={announcement} />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label={t("countsLabel")}>
        <li className="border-line rounded-xl border px-3 py-2">
          <span className="text-muted block text-sm">{t("students")}</span>
          <span className="text-2xl font-semibold tabular-nums">{data.summary.students}</span>
        </li>
        {COUNTS.map(({ status, key }) => (
          <li
            key={status}
            className="border-line rounded-xl border px-3 py-2"
            data-testid={`count-${status}`}
          >
            <StatusBadge status={status} />
            <span className="block text-2xl font-semibold tabular-nums">{data.summary[key]}</span>
          </li>
        ))}
      </ul>
      <div>
        <h3 className="font-semibold">{t("takingHeading")}</h3>
        {taking.length === 0 ? (
          <p className="text-muted mt-1">{t("nobodyTaking")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {taking.map((s) => (
              <TakingRow key={s.student.id} row={s} itemCount={data.assignment.itemCount} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function TakingRow({ row, itemCount }: { row: TStudentRow; itemCount: number }) {
  const t = useTranslations("results.live");
  const open = row.attempts.find((a) => a.attemptId === row.openAttemptId);
  const endsIn = useRelativeTime(open?.deadline ?? null);
  const answered = open?.answered ?? 0;
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <span className="font-medium">{row.student.name}</span>
      <span className="text-sm tabular-nums">{t("answered", { answered, total: itemCount })}</span>
      <span aria-hidden className="block h-1.5 w-24 overflow-hidden rounded-full bg-stone-200">
        <span
          className="block h-full rounded-full bg-sky-700"
          style={{ width: `${itemCount ? Math.round((answered / itemCount) * 100) : 0}%` }}
        />
      </span>
      {endsIn && <span className="text-muted text-sm">{t("timeRunsOut", { when: endsIn })}</span>}
    </li>
  );
}
