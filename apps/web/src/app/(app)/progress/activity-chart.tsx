"use client";

import { useLocale, useTranslations } from "next-intl";
import { labelledIndexes, linearScale, presentRuns, quarterTicks } from "~/components/charts/chart-scale";
import { ChartFrame, INK, Legend, LegendItem, TABLE } from "~/components/charts/chart-frame";
import { dayNumberOf, formatDay } from "./dates";
import { activitySummary, formatPercent } from "./summary";
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
        <table className={TABLE.table}>
          <caption className="text-muted pb-1 text-left text-sm">{t("tableCaption")}</caption>
          <thead className={TABLE.head}>
            <tr>
              <th scope="col" className={TABLE.th}>
                {t("colDay")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("colAnswers")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("colCorrect")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("colScore")}
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((d) => (
              <tr key={d.day} className={TABLE.row}>
                <th scope="row" className={`${TABLE.cell} font-medium`}>
                  <time dateTime={d.day}>{long(d.day)}</time>
                </th>
                <td className={`${TABLE.cell} text-right`}>{d.answers}</td>
                <td className={`${TABLE.cell} text-right`}>{d.correct}</td>
                <td className={`${TABLE.cell} text-right`}>{d.avgScore === null ? "—" : pct(d.avgScore)}</td>
              </tr>
            ))}
            {!active.length && (
              <tr>
                <td colSpan={4} className={TABLE.cell}>
                  {t("chartLabelNone")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const left = M.left;
        const right = width - M.right;
        const bottom = HEIGHT - M.bottom;
        const band = (right - left) / Math.max(days.length, 1);
        const barWidth = Math.max(2, band * 0.62);
        const yCount = linearScale([0, ticks[4]!], [bottom, M.top]);
        const yScore = linearScale([0, 1], [bottom, M.top]);
        const cx = (i: number) => left + band * (i + 0.5);
        const runs = presentRuns(days.map((d) => d.avgScore));
        return (
          <>
            <text x={0} y={11} fontSize="12" fill={INK.text}>
              {t("axisAnswers")}
            </text>
            <text x={width} y={11} fontSize="12" fill={INK.text} textAnchor="end">
              {t("axisScore")}
            </text>
            {ticks.map((tick, i) => (
              <g key={tick}>
                <line
                  x1={left}
                  x2={right}
                  y1={yCount(tick)}
                  y2={yCount(tick)}
                  stroke={i === 0 ? INK.axis : INK.grid}
                />
                <text x={left - 6} y={yCount(tick) + 4} fontSize="12" fill={INK.text} textAnchor="end">
                  {tick}
                </text>
                <text x={right + 6} y={yCount(tick) + 4} fontSize="12" fill={INK.text}>
                  {pct(i / 4)}
                </text>
              </g>
            ))}
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
              <text key={i} x={cx(i)} y={bottom + 18} fontSize="12" fill={INK.text} textAnchor="middle">
                {short(days[i]!.day)}
              </text>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}
