"use client";

import { useLocale, useTranslations } from "next-intl";
import { AxisLabel, edgeAnchor, ValueGridlines } from "~/components/charts/axes";
import { ChartFrame, INK, Legend, LegendItem } from "~/components/charts/chart-frame";
import { linearScale, plotArea, quarterTicks } from "~/components/charts/chart-scale";
import { DataTable, NumberCell, RowHeader, TABLE } from "~/components/charts/data-table";
import { formatPercent100 } from "../../_results/format";
import { type TResults } from "./types";

const HEIGHT = 230;
const M = { left: 34, right: 14, top: 26, bottom: 34 };

/** The counted scores of the class in ten 10-point bins, with the mean and median marked. */
export function DistributionChart({ distribution: d }: { distribution: TResults["distribution"] }) {
  const t = useTranslations("results.distribution");
  const locale = useLocale();
  const pct = (p: number) => formatPercent100(p, locale);
  if (d.n === 0 || d.mean === null || d.median === null) {
    return <p className="border-line rounded-xl border border-dashed p-5">{t("none")}</p>;
  }
  const mean = d.mean;
  const median = d.median;
  const binName = (b: (typeof d.bins)[number]) =>
    b.to === 100 ? t("binLast", { from: b.from }) : t("bin", { from: b.from, to: b.to - 1 });
  const fullest = d.bins.reduce((best, b) => (b.count > best.count ? b : best), d.bins[0]!);
  const label = t("chartLabel", {
    n: d.n,
    mean: pct(mean),
    median: pct(median),
    bin: binName(fullest),
    count: fullest.count,
  });
  const ticks = quarterTicks(Math.max(...d.bins.map((b) => b.count)));
  return (
    <ChartFrame
      name={t("name")}
      height={HEIGHT}
      label={label}
      description={t("description")}
      legend={
        <Legend>
          <LegendItem label={t("legendStudents")}>
            <rect x="2" y="2" width="12" height="12" fill={INK.strong} />
          </LegendItem>
          <LegendItem label={t("legendMean", { value: pct(mean) })}>
            <line x1="8" x2="8" y1="0" y2="16" stroke={INK.accent} strokeWidth="2" strokeDasharray="4 2" />
          </LegendItem>
          <LegendItem label={t("legendMedian", { value: pct(median) })}>
            <line x1="8" x2="8" y1="0" y2="16" stroke={INK.text} strokeWidth="2" strokeDasharray="1.5 2" />
          </LegendItem>
        </Legend>
      }
      table={
        <DataTable
          caption={t("name")}
          columns={[{ label: t("colBin") }, { label: t("colStudents"), numeric: true }]}
          foot={
            <>
              <tr className="border-line border-t">
                <RowHeader>{t("mean")}</RowHeader>
                <NumberCell>{pct(mean)}</NumberCell>
              </tr>
              <tr>
                <RowHeader>{t("median")}</RowHeader>
                <NumberCell>{pct(median)}</NumberCell>
              </tr>
            </>
          }
        >
          {d.bins.map((b) => (
            <tr key={b.from} className={TABLE.row}>
              <RowHeader>{binName(b)}</RowHeader>
              <NumberCell>{b.count}</NumberCell>
            </tr>
          ))}
        </DataTable>
      }
    >
      {(width) => {
        const { left, right, top, bottom } = plotArea(width, HEIGHT, M);
        const x = linearScale([0, 100], [left, right]);
        const y = linearScale([0, ticks[4]!], [bottom, top]);
        const band = (right - left) / 10;
        const every = band < 34 ? 2 : 1;
        return (
          <>
            <ValueGridlines ticks={ticks} y={y} left={left} right={right} label={(tick) => tick} />
            {d.bins.map((b) => (
              <rect
                key={b.from}
                x={x(b.from) + 2}
                y={y(b.count)}
                width={Math.max(band - 4, 1)}
                height={bottom - y(b.count)}
                fill={INK.strong}
              >
                <title>{t("barTitle", { bin: binName(b), count: b.count })}</title>
              </rect>
            ))}
            {Array.from({ length: 11 }, (_, i) => i * 10)
              .filter((v) => (v / 10) % every === 0)
              .map((v) => (
                <AxisLabel key={v} x={x(v)} y={bottom + 18} anchor={edgeAnchor(v, 0, 100)}>
                  {pct(v)}
                </AxisLabel>
              ))}
            <StatisticLine x={x(median)} top={top} bottom={bottom} color={INK.text} dash="1.5 2.5" />
            <StatisticLine x={x(mean)} top={top} bottom={bottom} color={INK.accent} dash="5 3" />
          </>
        );
      }}
    </ChartFrame>
  );
}

/** A dashed line up the plot at the mean or the median, starting a little above the plot's top. */
function StatisticLine({
  x,
  top,
  bottom,
  color,
  dash,
}: {
  x: number;
  top: number;
  bottom: number;
  color: string;
  dash: string;
}) {
  return (
    <line x1={x} x2={x} y1={top - 6} y2={bottom} stroke={color} strokeWidth="2" strokeDasharray={dash} />
  );
}
