"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame, INK, Legend, LegendItem, TABLE } from "~/components/charts/chart-frame";
import { linearScale, PERCENT_TICKS } from "~/components/charts/chart-scale";
import { LevelIcon } from "~/components/charts/level-icon";
import { LEVEL_STYLE, LEVELS } from "~/components/charts/levels";
import { formatShare } from "../../../_results/format";
import { type TMasteryRow } from "./types";

const ROW = 60;
const AXIS = 22;

/**
 * Class mastery per group (skill or lesson) as horizontal bars coloured by band, with a thin bar
 * below each for how many of the group's items the class has answered.
 */
export function MasteryBars({ name, rows }: { name: string; rows: TMasteryRow[] }) {
  const t = useTranslations("results.mastery");
  const tLevels = useTranslations("progress.map.levels");
  const locale = useLocale();
  const pct = (v: number) => formatShare(v, locale);
  const valueOf = (r: TMasteryRow) =>
    r.mastery === null
      ? t("valueNone", { total: r.total })
      : t("value", { percent: pct(r.mastery), answered: r.answered, total: r.total });
  const label = t("chartLabel", {
    name,
    list: rows.map((r) => `${r.name} ${valueOf(r)}`).join(t("listSeparator")),
  });
  const height = rows.length * ROW + AXIS;
  return (
    <ChartFrame
      name={name}
      height={height}
      label={label}
      description={t("chartDescription")}
      legend={
        <Legend>
          {LEVELS.filter((l) => l !== "unseen").map((level) => (
            <LegendItem key={level} label={tLevels(level)}>
              <rect x="0" y="3" width="16" height="10" fill={LEVEL_STYLE[level].color} />
            </LegendItem>
          ))}
          <LegendItem label={t("legendCoverage")}>
            <rect x="0" y="6" width="16" height="4" fill={INK.bar} />
          </LegendItem>
        </Legend>
      }
      table={
        <table className={TABLE.table}>
          <caption className="sr-only">{name}</caption>
          <thead className={TABLE.head}>
            <tr>
              <th scope="col" className={TABLE.th}>
                {t("colGroup")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("colMastery")}
              </th>
              <th scope="col" className={TABLE.th}>
                {t("colLevel")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("colAnswered")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={TABLE.row}>
                <th scope="row" className={`${TABLE.cell} font-medium`}>
                  {r.name}
                </th>
                <td className={`${TABLE.cell} text-right`}>{r.mastery === null ? "—" : pct(r.mastery)}</td>
                <td className={TABLE.cell}>
                  <span className="flex items-center gap-1.5">
                    <LevelIcon level={r.level} size={14} />
                    {tLevels(r.level)}
                  </span>
                </td>
                <td className={`${TABLE.cell} text-right`}>
                  {t("answeredOf", { answered: r.answered, total: r.total })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const x = linearScale([0, 1], [0, width]);
        const bottom = rows.length * ROW;
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
            {rows.map((r, i) => {
              const top = i * ROW;
              return (
                <g key={r.key}>
                  <text x={0} y={top + 15} fontSize="14" fontWeight="600" fill="#1c1917">
                    {r.name}
                  </text>
                  <text x={width} y={top + 15} fontSize="13" fill={INK.text} textAnchor="end">
                    {valueOf(r)}
                  </text>
                  <rect x={0} y={top + 22} width={width} height={18} fill="#f5f5f4" />
                  {r.mastery !== null && (
                    <rect
                      x={0}
                      y={top + 22}
                      width={Math.max(x(r.mastery), 2)}
                      height={18}
                      fill={LEVEL_STYLE[r.level].color}
                    />
                  )}
                  <rect x={0} y={top + 44} width={width} height={5} fill={INK.grid} />
                  <rect
                    x={0}
                    y={top + 44}
                    width={r.total ? x(r.answered / r.total) : 0}
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
