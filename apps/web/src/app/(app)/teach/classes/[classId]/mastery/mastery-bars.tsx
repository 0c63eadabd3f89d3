"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  BarRows,
  barRowsHeight,
  BarSwatch,
  CoverageSwatch,
  type TBarRow,
} from "~/components/charts/bar-rows";
import { ChartFrame, Legend, LegendItem } from "~/components/charts/chart-frame";
import { DataTable, NumberCell, RowHeader, TABLE } from "~/components/charts/data-table";
import { LevelIcon } from "~/components/charts/level-icon";
import { LEVEL_STYLE, LEVELS } from "~/components/charts/levels";
import { formatShare } from "../../../_results/format";
import { type TMasteryRow } from "./types";

const LAYOUT = { height: 60, bar: 22, coverage: 44 };

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
  const bars: TBarRow[] = rows.map((r) => ({ ...r, value: valueOf(r), color: LEVEL_STYLE[r.level].color }));
  return (
    <ChartFrame
      name={name}
      height={barRowsHeight(bars.length, LAYOUT)}
      label={label}
      description={t("chartDescription")}
      legend={
        <Legend>
          {LEVELS.filter((l) => l !== "unseen").map((level) => (
            <LegendItem key={level} label={tLevels(level)}>
              <BarSwatch color={LEVEL_STYLE[level].color} />
            </LegendItem>
          ))}
          <LegendItem label={t("legendCoverage")}>
            <CoverageSwatch />
          </LegendItem>
        </Legend>
      }
      table={
        <DataTable
          caption={name}
          columns={[
            { label: t("colGroup") },
            { label: t("colMastery"), numeric: true },
            { label: t("colLevel") },
            { label: t("colAnswered"), numeric: true },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.key} className={TABLE.row}>
              <RowHeader>{r.name}</RowHeader>
              <NumberCell>{r.mastery === null ? "—" : pct(r.mastery)}</NumberCell>
              <td className={TABLE.cell}>
                <span className="flex items-center gap-1.5">
                  <LevelIcon level={r.level} size={14} />
                  {tLevels(r.level)}
                </span>
              </td>
              <NumberCell>{t("answeredOf", { answered: r.answered, total: r.total })}</NumberCell>
            </tr>
          ))}
        </DataTable>
      }
    >
      {(width) => <BarRows rows={bars} width={width} layout={LAYOUT} pct={pct} />}
    </ChartFrame>
  );
}
