"use client";

import { useLocale, useTranslations } from "next-intl";
import { AxisLabel, ValueGridlines } from "~/components/charts/axes";
import { ChartFrame, INK, Legend, LegendItem } from "~/components/charts/chart-frame";
import {
  labelledIndexes,
  linearScale,
  plotArea,
  presentRuns,
  quarterTicks,
} from "~/components/charts/chart-scale";
import { DataTable, NumberCell, RowHeader, TABLE } from "~/components/charts/data-table";
import { dayNumberOf, formatDay } from "~/lib/dates";
import { formatPercent } from "~/lib/intl-formats";
import { activitySummary } from "./summary";
import { type TActivityDay } from "./types";

const HEIGHT = 240;
const M = { left: 34, right: 44, top: 24, bottom: 28 };

/** Answers per day as bars (left axis) and the day's average score as a line of dots (right axis). */
export function ActivityChart({ days }: { days: TActivityDay[] }) {
  const t = useTranslations("progress.activity");
  const tp = useTranslations("progress");
  const locale = useLocale();
  const pct = (v: number) => formatPercent(v, locale);
  const short = (day: string) => formatDay(dayNumberOf(day), locale);
  const long = (day: string) => formatDay(dayNumberOf(day), locale, "long");
  const summary = activitySummary(days);
  const label = summary.busiest
    ? t("chartLabel", {
        answers: summary.answers,
        days: summary.activeDays,
        busiestDay: long(summary.busiest.day),
        busiest: summary.busiest.answers,
        average: summary.avgScore === null ? "—" : pct(summary.avgScore),
      })
    : t("chartLabelNone");
  const ticks = quarterTicks(Math.max(...days.map((d) => d.answers), 0));
  const active = days.filter((d) => d.answers > 0);
  return (
    <ChartFrame
      name={t("heading")}
      height={HEIGHT}
      label={label}
      description={t("description")}
      legend={
        <Legend>
          <LegendItem label={t("legendAnswers")}>
            <rect x="3" y="2" width="10" height="13" fill={INK.bar} />
          </LegendItem>
          <LegendItem label={t("legendScore")}>
            <line x1="0" y1="8" x2="16" y2="8" stroke={INK.accent} strokeWidth="2" />
            <circle cx="8" cy="8" r="3.5" fill={INK.accent} stroke="#fff" strokeWidth="1.5" />
          </LegendItem>
        </Legend>
      }
      table={
        <DataTable
          caption={t("tableCaption")}
          showCaption
          columns={[
            { label: t("colDay") },
            { label: t("colAnswers"), numeric: true },
            { label: t("colCorrect"), numeric: true },
            { label: t("colScore"), numeric: true },
          ]}
        >
          {active.map((d) => (
            <tr key={d.day} className={TABLE.row}>
              <RowHeader>
                <time dateTime={d.day}>{long(d.day)}</time>
              </RowHeader>
              <NumberCell>{d.answers}</NumberCell>
              <NumberCell>{d.correct}</NumberCell>
              <NumberCell>{d.avgScore === null ? "—" : pct(d.avgScore)}</NumberCell>
            </tr>
          ))}
          {!active.length && (
            <tr>
              <td colSpan={4} className={TABLE.cell}>
                {t("chartLabelNone")}
              </td>
            </tr>
          )}
        </DataTable>
      }
    >
      {(width) => {
        const { left, right, top, bottom } = plotArea(width, HEIGHT, M);
        const band = (right - left) / Math.max(days.length, 1);
        const barWidth = Math.max(2, band * 0.62);
        const yCount = linearScale([0, ticks[4]!], [bottom, top]);
        const yScore = linearScale([0, 1], [bottom, top]);
        const cx = (i: number) => left + band * (i + 0.5);
        const runs = presentRuns(days.map((d) => d.avgScore));
        return (
          <>
            <AxisLabel x={0} y={11}>
              {t("axisAnswers")}
            </AxisLabel>
            <AxisLabel x={width} y={11} anchor="end">
              {t("axisScore")}
            </AxisLabel>
            {/* Answers on the left, the score on the right: both scales share the quarter gridlines. */}
            <ValueGridlines
              ticks={ticks}
              y={yCount}
              left={left}
              right={right}
              label={(tick) => tick}
              rightLabel={(_, i) => pct(i / 4)}
            />
            {days.map((d, i) =>
              d.answers > 0 ? (
                <rect
                  key={d.day}
                  x={cx(i) - barWidth / 2}
                  y={yCount(d.answers)}
                  width={barWidth}
                  height={bottom - yCount(d.answers)}
                  fill={INK.bar}
                >
                  <title>
                    {tp("activity.barTitle", {
                      day: long(d.day),
                      answers: d.answers,
                      average: d.avgScore === null ? "—" : pct(d.avgScore),
                    })}
                  </title>
                </rect>
              ) : null,
            )}
            {runs.map((run) => (
              <polyline
                key={run[0]}
                points={run.map((i) => `${cx(i)},${yScore(days[i]!.avgScore!)}`).join(" ")}
                fill="none"
                stroke={INK.accent}
                strokeWidth="2"
                strokeLinejoin="round"
              />
            ))}
            {days.map((d, i) =>
              d.avgScore === null ? null : (
                <circle
                  key={d.day}
                  cx={cx(i)}
                  cy={yScore(d.avgScore)}
                  r="3.5"
                  fill={INK.accent}
                  stroke="#fff"
                  strokeWidth="1.5"
                />
              ),
            )}
            {labelledIndexes(days.length, band, 44).map((i) => (
              <AxisLabel key={i} x={cx(i)} y={bottom + 18} anchor="middle">
                {short(days[i]!.day)}
              </AxisLabel>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}
