"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame, INK, Legend, LegendItem, TABLE } from "~/components/charts/chart-frame";
import { linearScale, quarterTicks } from "~/components/charts/chart-scale";
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
  const top = d.bins.reduce((best, b) => (b.count > best.count ? b : best), d.bins[0]!);
  const label = t("chartLabel", {
    n: d.n,
    mean: pct(mean),
    median: pct(median),
    bin: binName(top),
    count: top.count,
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
        <table className={TABLE.table}>
          <caption className="sr-only">{t("name")}</caption>
          <thead className={TABLE.head}>
            <tr>
              <th scope="col" className={TABLE.th}>
                {t("colBin")}
              </th>
              <th scope="col" className={`${TABLE.th} text-right`}>
                {t("colStudents")}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.bins.map((b) => (
              <tr key={b.from} className={TABLE.row}>
                <th scope="row" className={`${TABLE.cell} font-medium`}>
                  {binName(b)}
                </th>
                <td className={`${TABLE.cell} text-right`}>{b.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-line border-t">
              <th scope="row" className={`${TABLE.cell} font-medium`}>
                {t("mean")}
              </th>
              <td className={`${TABLE.cell} text-right`}>{pct(mean)}</td>
            </tr>
            <tr>
              <th scope="row" className={`${TABLE.cell} font-medium`}>
                {t("median")}
              </th>
              <td className={`${TABLE.cell} text-right`}>{pct(median)}</td>
            </tr>
          </tfoot>
        </table>
      }
    >
      {(width) => {
        const left = M.left;
        const right = width - M.right;
        const bottom = HEIGHT - M.bottom;
        const x = linearScale([0, 100], [left, right]);
        const y = linearScale([0, ticks[4]!], [bottom, M.top]);
        const band = (right - left) / 10;
        const every = band < 34 ? 2 : 1;
        return (
          <>
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={left}
                  x2={right}
                  y1={y(tick)}
                  y2={y(tick)}
                  stroke={tick === 0 ? INK.axis : INK.grid}
                />
                <text x={left - 6} y={y(tick) + 4} fontSize="12" fill={INK.text} textAnchor="end">
                  {tick}
                </text>
              </g>
            ))}
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
                <text
                  key={v}
                  x={x(v)}
                  y={bottom + 18}
                  fontSize="12"
                  fill={INK.text}
                  textAnchor={v === 0 ? "start" : v === 100 ? "end" : "middle"}
                >
                  {pct(v)}
                </text>
              ))}
            <line
              x1={x(median)}
              x2={x(median)}
              y1={M.top - 6}
              y2={bottom}
              stroke={INK.text}
              strokeWidth="2"
              strokeDasharray="1.5 2.5"
            />
            <line
              x1={x(mean)}
              x2={x(mean)}
              y1={M.top - 6}
              y2={bottom}
              stroke={INK.accent}
              strokeWidth="2"
              strokeDasharray="5 3"
            />
          </>
        );
      }}
    </ChartFrame>
  );
}
