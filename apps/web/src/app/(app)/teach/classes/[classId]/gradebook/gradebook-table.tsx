"use client";

import type { RouterOutputs } from "@dc/api";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { formatPercent100 } from "../../../_results/format";
import { LocalTime } from "../../../_results/local-time";
import { GradeCell } from "./grade-cell";

type TGradebook = RouterOutputs["results"]["gradebook"];

const STICKY = "sticky left-0 z-10 border-r border-line";

/**
 * Students (rows) by assignments (columns); the first column stays in view while the table
 * scrolls sideways on a narrow screen (the scrolling region takes keyboard focus for that).
 */
export function GradebookTable({ data }: { data: TGradebook }) {
  const t = useTranslations("results.gradebook");
  const tp = useTranslations("manage.pass");
  const locale = useLocale();
  const pct = (p: number | null) => (p === null ? t("none") : formatPercent100(p, locale));
  const students = data.rows.length;
  return (
    <div
      role="region"
      aria-label={t("scrollRegion")}
      tabIndex={0}
      className="border-line relative overflow-x-auto border-t"
    >
      <table className="w-full min-w-max text-left text-sm tabular-nums">
        <caption className="sr-only">{t("caption", { name: data.class.name })}</caption>
        <thead className="text-muted bg-stone-50">
          <tr className="border-line border-b">
            <th scope="col" className={`${STICKY} bg-stone-50 px-4 py-3 align-bottom font-medium`}>
              {t("colStudent")}
            </th>
            {data.assignments.map((a) => (
              <th key={a.id} scope="col" className="max-w-56 min-w-40 px-3 py-3 align-bottom font-normal">
                <Link
                  href={`/teach/assignments/${a.id}`}
                  className="text-accent-dark block leading-snug font-semibold underline-offset-4 hover:underline"
                >
                  {a.title}
                </Link>
                <span className="mt-1 block text-xs">
                  {t("due")} <LocalTime date={a.dueAt} withYear={false} />
                </span>
                <span className="block text-xs">
                  {t("columnSummary", { submitted: a.submitted, students, inProgress: a.inProgress })}
                </span>
                {a.passPercent !== null && (
                  <span className="block text-xs">{tp("column", { percent: a.passPercent })}</span>
                )}
              </th>
            ))}
            <th scope="col" className="px-4 py-3 text-right align-bottom font-medium">
              {t("colAverage")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.student.id} className="border-line border-b align-top last:border-0">
              <th
                scope="row"
                className={`${STICKY} max-w-36 bg-white px-4 py-3 text-left font-medium sm:max-w-64`}
              >
                <span className="block">
                  {row.student.classNumber !== null && (
                    <span className="text-muted mr-1.5 font-normal tabular-nums">
                      {t("classNumber", { n: row.student.classNumber })}
                    </span>
                  )}
                  {row.student.name}
                </span>
                {/* On a phone the sticky column stays narrow: the email shows from the next width up. */}
                <span className="text-muted hidden text-xs font-normal break-all sm:block">
                  {row.student.email}
                </span>
              </th>
              {row.cells.map((cell, index) => (
                <td key={cell.assignmentId} className="px-3 py-3">
                  <GradeCell
                    cell={cell}
                    assignment={data.assignments[index]!}
                    studentName={row.student.name}
                  />
                </td>
              ))}
              <td className="px-4 py-3 text-right font-semibold">{pct(row.averagePercent)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-line border-t bg-stone-50">
            <th scope="row" className={`${STICKY} bg-stone-50 px-4 py-3 text-left font-semibold`}>
              {t("classAverage")}
            </th>
            {data.assignments.map((a) => (
              <td key={a.id} className="px-3 py-3 font-semibold">
                {pct(a.averagePercent)}
                {(a.late > 0 || a.missed > 0) && (
                  <span className="text-muted block text-xs font-normal">
                    {t("flagSummary", { late: a.late, missed: a.missed })}
                  </span>
                )}
                {a.passPercent !== null && (
                  <span className="text-muted block text-xs font-normal">
                    {tp("summary", { passed: a.passedCount, failed: a.failedCount })}
                  </span>
                )}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
