"use client";

import type { RouterOutputs } from "@dc/api";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { useRelativeTime } from "~/lib/client-time";
import { formatPercent100, formatPoints } from "../../../_results/format";
import { StatusBadge } from "../../../_results/status-badge";
import { PassBadge } from "../../../assignments/[assignmentId]/manage/pass-badge";

type TGradebook = RouterOutputs["results"]["gradebook"];
type TCell = TGradebook["rows"][number]["cells"][number];
type TColumn = TGradebook["assignments"][number];

/** One student's work on one assignment: counted score, status, live progress of an open attempt. */
export function GradeCell({
  cell,
  assignment,
  studentName,
}: {
  cell: TCell;
  assignment: TColumn;
  studentName: string;
}) {
  const t = useTranslations("results.gradebook");
  const locale = useLocale();
  const percent = cell.percent === null ? null : formatPercent100(cell.percent, locale);
  return (
    <div className="flex flex-col items-start gap-1" data-testid="grade-cell">
      {percent !== null && cell.countedAttemptId ? (
        <Link
          href={`/teach/assignments/${assignment.id}/attempts/${cell.countedAttemptId}`}
          className="text-ink text-base leading-tight font-semibold underline decoration-stone-400 underline-offset-4 hover:decoration-current"
          aria-label={t("cellLink", { name: studentName, title: assignment.title, percent })}
        >
          {percent}
        </Link>
      ) : (
        <span className="text-muted text-base leading-tight">
          <span aria-hidden>—</span>
          <span className="sr-only">{t("noScore")}</span>
        </span>
      )}
      {cell.score !== null && cell.maxScore !== null && (
        <span className="text-muted text-xs">
          {t("points", { score: formatPoints(cell.score, locale), max: formatPoints(cell.maxScore, locale) })}
        </span>
      )}
      <StatusBadge status={cell.status} />
      {cell.pending > 0 && (
        <Link
          href={`/teach/assignments/${assignment.id}/grade`}
          className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950 underline-offset-2 hover:underline"
        >
          {t("pending", { count: cell.pending })}
        </Link>
      )}
      {cell.passed !== null && <PassBadge passed={cell.passed} />}
      {cell.late && cell.status !== "LATE" && (
        <span className="text-xs font-medium text-amber-900">{t("lateCounted")}</span>
      )}
      {cell.open && <OpenProgress open={cell.open} />}
      {cell.attemptsAllowed > 1 && (
        <span className="text-muted text-xs">
          {t("attempts", { used: cell.attemptsUsed, allowed: cell.attemptsAllowed })}
        </span>
      )}
    </div>
  );
}

/** An attempt being taken right now: how many items have an answer saved, and when its time runs out. */
function OpenProgress({ open }: { open: NonNullable<TCell["open"]> }) {
  const t = useTranslations("results.gradebook");
  const endsIn = useRelativeTime(open.deadline);
  const fraction = open.itemCount ? open.answered / open.itemCount : 0;
  return (
    <span className="block w-full text-xs">
      <span className="block">{t("answered", { answered: open.answered, total: open.itemCount })}</span>
      <span
        aria-hidden
        className="mt-0.5 block h-1.5 w-full max-w-28 overflow-hidden rounded-full bg-stone-200"
      >
        <span
          className="block h-full rounded-full bg-sky-700"
          style={{ width: `${Math.round(fraction * 100)}%` }}
        />
      </span>
      {endsIn && <span className="text-muted block">{t("timeRunsOut", { when: endsIn })}</span>}
    </span>
  );
}
