import { AxisLabel, edgeAnchor } from "./axes";
import { INK } from "./chart-frame";
import { linearScale, PERCENT_TICKS } from "./chart-scale";

/** One group's row: its name and figures on a line, a bar for its mastery, a thin bar for how much is answered. */
export type TBarRow = {
  key: string;
  name: string;
  /** The figures at the end of the name's line. */
  value: string;
  /** The bar's length, 0–1; null (nothing answered) draws only its empty track. */
  mastery: number | null;
  color: string;
  answered: number;
  total: number;
};

/** A row's height and where its bar and thin bar start, in pixels from the row's top. */
export type TBarRowLayout = { height: number; bar: number; coverage: number; trackOpacity?: number };

/** Room below the rows for the percentage labels. */
const AXIS = 22;

export const barRowsHeight = (count: number, layout: TBarRowLayout) => count * layout.height + AXIS;

/** Mastery as horizontal bars on a 0–100% scale, one row per group, with dashed gridlines at the quarters. */
export function BarRows({
  rows,
  width,
  layout,
  pct,
}: {
  rows: TBarRow[];
  width: number;
  layout: TBarRowLayout;
  pct: (fraction: number) => string;
}) {
  const x = linearScale([0, 1], [0, width]);
  const bottom = rows.length * layout.height;
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
          <AxisLabel x={x(tick)} y={bottom + 16} anchor={edgeAnchor(tick, 0, 1)}>
            {pct(tick)}
          </AxisLabel>
        </g>
      ))}
      {rows.map((row, i) => (
        <BarRow key={row.key} row={row} top={i * layout.height} width={width} x={x} layout={layout} />
      ))}
    </>
  );
}

function BarRow({
  row,
  top,
  width,
  x,
  layout,
}: {
  row: TBarRow;
  top: number;
  width: number;
  x: (fraction: number) => number;
  layout: TBarRowLayout;
}) {
  return (
    <g>
      <text x={0} y={top + 15} fontSize="14" fontWeight="600" fill="#1c1917">
        {row.name}
      </text>
      <text x={width} y={top + 15} fontSize="13" fill={INK.text} textAnchor="end">
        {row.value}
      </text>
      <rect
        x={0}
        y={top + layout.bar}
        width={width}
        height={18}
        fill="#f5f5f4"
        opacity={layout.trackOpacity}
      />
      {row.mastery !== null && (
        // At least 2px, so that a mastery of 0% still shows as answered.
        <rect x={0} y={top + layout.bar} width={Math.max(x(row.mastery), 2)} height={18} fill={row.color} />
      )}
      <rect x={0} y={top + layout.coverage} width={width} height={5} fill={INK.grid} />
      <rect
        x={0}
        y={top + layout.coverage}
        width={row.total ? x(row.answered / row.total) : 0}
        height={5}
        fill={INK.bar}
      />
    </g>
  );
}

/** The legend's swatch for a bar in `color`. */
export const BarSwatch = ({ color }: { color: string }) => (
  <rect x="0" y="3" width="16" height="10" fill={color} />
);

/** The legend's swatch for the thin coverage bar. */
export const CoverageSwatch = () => <rect x="0" y="6" width="16" height="4" fill={INK.bar} />;
