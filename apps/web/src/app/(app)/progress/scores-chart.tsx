"use client";

import { useLocale, useTranslations } from "next-intl";
import { AxisLabel, ValueGridlines } from "~/components/charts/axes";
import { ChartFrame, INK, Legend, LegendItem } from "~/components/charts/chart-frame";
import { dayTicks, linearScale, PERCENT_TICKS, plotArea } from "~/components/charts/chart-scale";
import { DataTable, NumberCell, RowHeader, TABLE } from "~/components/charts/data-table";
import { formatDateTimeAtOffset, formatDay, localDayOf, localDayPosition, yearAtOffset } from "~/lib/dates";
import { formatPercent } from "~/lib/intl-formats";
import { scoreSummary } from "./summary";
import { type TScore } from "./types";

const HEIGHT = 220;
const M = { left: 42, right: 18, top: 14, bottom: 28 };

/** A diamond of half-width `r` centred at (x, y): how assigned quizzes are told apart from the student's own. */
const diamond = (x: number, y: number, r: number) =>
  `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;

/** Each submitted quiz's score (0–100%) at the time it was submitted, on the student's own calendar. */
export function ScoresChart({ scores, tzOffsetMinutes }: { scores: TScore[]; tzOffsetMinutes: number }) {
  const t = useTranslations("progress.scores");
  const locale = useLocale();
  const pct = (v: number) => formatPercent(v, locale);
  const sorted = [...scores].sort((a, b) => Number(a.at) - Number(b.at));
  const summary = scoreSummary(sorted);
  if (!summary) return null;
  const nameOf = (s: TScore) =>
    s.kind === "ASSIGNMENT"
      ? (s.title ?? t("assignment"))
      : s.lessonId === null
        ? t("quiz")
        : t("lessonQuiz", { n: s.lessonId });
  const label = t("chartLabel", {
    count: summary.count,
    latest: pct(summary.latest.percent),
    best: pct(summary.best),
    mean: pct(summary.mean),
  });
  const firstDay = localDayOf(sorted[0]!.at, tzOffsetMinutes);
  const lastDay = localDayOf(sorted[sorted.length - 1]!.at, tzOffsetMinutes);
  const hasAssignments = sorted.some((s) => s.kind === "ASSIGNMENT");
  const oneYear =
    yearAtOffset(sorted[0]!.at, tzOffsetMinutes) ===
    yearAtOffset(sorted[sorted.length - 1]!.at, tzOffsetMinutes);
  return (
    <ChartFrame
      name={t("heading")}
      height={HEIGHT}
      label={label}
      description={t("description")}
      legend={
        <Legend>
          <LegendItem label={t("legendQuiz")}>
            <circle cx="8" cy="8" r="5" fill={INK.accentDark} stroke="#fff" strokeWidth="1.5" />
          </LegendItem>
          {hasAssignments && (
            <LegendItem label={t("legendAssignment")}>
              <path d={diamond(8, 8, 6)} fill={INK.strong} stroke="#fff" strokeWidth="1.5" />
            </LegendItem>
          )}
        </Legend>
      }
      table={
        <DataTable
          caption={t("heading")}
          columns={[
            { label: t("colWhen") },
            { label: t("colQuiz") },
            { label: t("colScore"), numeric: true },
          ]}
        >
          {[...sorted].reverse().map((s) => (
            <tr key={s.attemptId} className={TABLE.row}>
              <td className={TABLE.cell}>
                <time dateTime={s.at.toISOString()}>
                  {formatDateTimeAtOffset(s.at, locale, tzOffsetMinutes, !oneYear)}
                </time>
              </td>
              <RowHeader className="whitespace-nowrap">{nameOf(s)}</RowHeader>
              <NumberCell>{pct(s.percent)}</NumberCell>
            </tr>
          ))}
        </DataTable>
      }
    >
      {(width) => {
        const { left, right, top, bottom } = plotArea(width, HEIGHT, M);
        const x = linearScale([firstDay, lastDay + 1], [left, right]);
        const y = linearScale([0, 1], [bottom, top]);
        const px = (s: TScore) => x(localDayPosition(s.at, tzOffsetMinutes));
        const ticks = dayTicks(firstDay, lastDay, Math.max(2, Math.floor((right - left) / 64)));
        return (
          <>
            <ValueGridlines ticks={PERCENT_TICKS} y={y} left={left} right={right} label={pct} />
            {ticks.map((day) => (
              <g key={day}>
                <line x1={x(day)} x2={x(day)} y1={bottom} y2={bottom + 4} stroke={INK.axis} />
                <AxisLabel x={x(day + 0.5)} y={bottom + 18} anchor="middle">
                  {formatDay(day, locale)}
                </AxisLabel>
              </g>
            ))}
            {sorted.length > 1 && (
              <polyline
                points={sorted.map((s) => `${px(s)},${y(s.percent)}`).join(" ")}
                fill="none"
                stroke={INK.axis}
                strokeWidth="1.5"
              />
            )}
            {sorted.map((s) => {
              const title = t("pointTitle", {
                name: nameOf(s),
                when: formatDateTimeAtOffset(s.at, locale, tzOffsetMinutes),
                score: pct(s.percent),
              });
              return s.kind === "ASSIGNMENT" ? (
                <path
                  key={s.attemptId}
                  d={diamond(px(s), y(s.percent), 6.5)}
                  fill={INK.strong}
                  stroke="#fff"
                  strokeWidth="1.5"
                >
                  <title>{title}</title>
                </path>
              ) : (
                <circle
                  key={s.attemptId}
                  cx={px(s)}
                  cy={y(s.percent)}
                  r="5"
                  fill={INK.accentDark}
                  stroke="#fff"
                  strokeWidth="1.5"
                >
                  <title>{title}</title>
                </circle>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}
