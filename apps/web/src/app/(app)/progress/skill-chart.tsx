"use client";

import { useLocale, useTranslations } from "next-intl";
import { linearScale, PERCENT_TICKS } from "~/components/charts/chart-scale";
import { ChartFrame, INK, Legend, LegendItem, TABLE } from "~/components/charts/chart-frame";
import { formatPercent } from "./summary";
import { type TSkillRow } from "./types";

const ROW = 66;
const AXIS = 22;

/** Mastery per skill as horizontal bars, with a thin bar below each for how much of the skill is answered. */
export function SkillChart({ skills }: { skills: TSkillRow[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const pct = (v: number) => formatPercent(v, locale);
  const name = (s: TSkillRow) => t(`skills.${s.skill}`);
  const label = t("progress.skills.chartLabel", {
    list: skills
      .map((s) =>
        s.mastery === null
          ? t("progress.skills.chartItemNone", { skill: name(s), total: s.total })
          : t("progress.skills.chartItem", {
              skill: name(s),
              percent: pct(s.mastery),
              answered: s.answered,
              total: s.total,
            }),
      )
      .join(t("progress.listSeparator")),
  });
  const height = skills.length * ROW + AXIS;
  return (
    <ChartFrame
      name={t("progress.skills.heading")}
      height={height}
      label={label}
      description={t("progress.definition")}
      legend={
        <Legend>
          <LegendItem label={t("progress.skills.legendMastery")}>
            <rect x="0" y="3" width="16" height="10" fill={INK.strong} />
          </LegendItem>
          <LegendItem label={t("progress.skills.legendCoverage")}>
            <rect x="0" y="6" width="16" height="4" fill={INK.bar} />
          </LegendItem>
        </Legend>
      }
      table={
        <table className={TABLE.table}>
          <caption className="sr-only">{t("progress.skills.heading")}</caption>
          <thead className={TABLE.head}>
            <tr>
              <th scope="col" className={TABLE.th}>
                {t("progress.skills.colSkill")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("progress.skills.colMastery")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("progress.skills.colAnswered")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("progress.skills.colTotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.skill} className={TABLE.row}>
                <th scope="row" className={`${TABLE.cell} font-medium`}>
                  {name(s)}
                </th>
                <td className={`${TABLE.cell} text-right`}>
                  {s.mastery === null ? t("progress.notAnswered") : pct(s.mastery)}
                </td>
                <td className={`${TABLE.cell} text-right`}>{s.answered}</td>
                <td className={`${TABLE.cell} text-right`}>{s.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const x = linearScale([0, 1], [0, width]);
        const bottom = skills.length * ROW;
        return (
          <>
            {PERCENT_TICKS.map((tick) => (
              <g key={tick}>
                <line
                  x1={x(tick)}
                  x2={x(tick)}
                  y1={20}
                  y2={bottom}
                  stroke={tick === 0 ? INK.axis : INK.grid}
                  strokeDasharray={tick === 0 ? undefined : "3 3"}
                />
                <text
                  x={x(tick)}
                  y={bottom + 16}
                  fontSize="12"
                  fill={INK.text}
                  textAnchor={tick === 0 ? "start" : tick === 1 ? "end" : "middle"}
                >
                  {pct(tick)}
                </text>
              </g>
            ))}
            {skills.map((s, i) => {
              const top = i * ROW;
              const value =
                s.mastery === null
                  ? t("progress.skills.valueNone", { total: s.total })
                  : t("progress.skills.value", {
                      percent: pct(s.mastery),
                      answered: s.answered,
                      total: s.total,
                    });
              return (
                <g key={s.skill}>
                  <text x={0} y={top + 15} fontSize="14" fontWeight="600" fill="#1c1917">
                    {name(s)}
                  </text>
                  <text x={width} y={top + 15} fontSize="13" fill={INK.text} textAnchor="end">
                    {value}
                  </text>
                  <rect x={0} y={top + 24} width={width} height={18} fill="#f5f5f4" opacity="0.6" />
                  {s.mastery !== null && (
                    <rect
                      x={0}
                      y={top + 24}
                      width={Math.max(x(s.mastery), 2)}
                      height={18}
                      fill={INK.strong}
                    />
                  )}
                  <rect x={0} y={top + 47} width={width} height={5} fill={INK.grid} />
                  <rect
                    x={0}
                    y={top + 47}
                    width={s.total ? x(s.answered / s.total) : 0}
                    height={5}
                    fill={INK.bar}
                  />
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}
