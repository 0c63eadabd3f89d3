"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  BarRows,
  barRowsHeight,
  BarSwatch,
  CoverageSwatch,
  type TBarRow,
} from "~/components/charts/bar-rows";
import { ChartFrame, INK, Legend, LegendItem } from "~/components/charts/chart-frame";
import { DataTable, NumberCell, RowHeader, TABLE } from "~/components/charts/data-table";
import { formatPercent } from "~/lib/intl-formats";
import { type TSkillRow } from "./types";

const LAYOUT = { height: 66, bar: 24, coverage: 47, trackOpacity: 0.6 };

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
  const valueOf = (s: TSkillRow) =>
    s.mastery === null
      ? t("progress.skills.valueNone", { total: s.total })
      : t("progress.skills.value", { percent: pct(s.mastery), answered: s.answered, total: s.total });
  const rows: TBarRow[] = skills.map((s) => ({
    ...s,
    key: s.skill,
    name: name(s),
    value: valueOf(s),
    color: INK.strong,
  }));
  return (
    <ChartFrame
      name={t("progress.skills.heading")}
      height={barRowsHeight(rows.length, LAYOUT)}
      label={label}
      description={t("progress.definition")}
      legend={
        <Legend>
          <LegendItem label={t("progress.skills.legendMastery")}>
            <BarSwatch color={INK.strong} />
          </LegendItem>
          <LegendItem label={t("progress.skills.legendCoverage")}>
            <CoverageSwatch />
          </LegendItem>
        </Legend>
      }
      table={
        <DataTable
          caption={t("progress.skills.heading")}
          columns={[
            { label: t("progress.skills.colSkill") },
            { label: t("progress.skills.colMastery"), numeric: true },
            { label: t("progress.skills.colAnswered"), numeric: true },
            { label: t("progress.skills.colTotal"), numeric: true },
          ]}
        >
          {skills.map((s) => (
            <tr key={s.skill} className={TABLE.row}>
              <RowHeader>{name(s)}</RowHeader>
              <NumberCell>{s.mastery === null ? t("progress.notAnswered") : pct(s.mastery)}</NumberCell>
              <NumberCell>{s.answered}</NumberCell>
              <NumberCell>{s.total}</NumberCell>
            </tr>
          ))}
        </DataTable>
      }
    >
      {(width) => <BarRows rows={rows} width={width} layout={LAYOUT} pct={pct} />}
    </ChartFrame>
  );
}
