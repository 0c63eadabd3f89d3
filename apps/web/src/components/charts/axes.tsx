import { INK } from "./chart-frame";

type TAnchor = "start" | "middle" | "end";

/** A tick label or axis title: 12px text in the charts' text colour. */
export function AxisLabel({
  x,
  y,
  anchor,
  children,
}: {
  x: number;
  y: number;
  anchor?: TAnchor;
  children: React.ReactNode;
}) {
  return (
    <text x={x} y={y} fontSize="12" fill={INK.text} textAnchor={anchor}>
      {children}
    </text>
  );
}

/** The anchor that keeps an axis's end labels inside the chart: the first starts, the last ends at its tick. */
export const edgeAnchor = (value: number, first: number, last: number): TAnchor =>
  value === first ? "start" : value === last ? "end" : "middle";

/**
 * A vertical value axis drawn as gridlines across the plot, one per tick (the zero line darker, as
 * the axis), each labelled on the left and, for a second scale on the same lines, on the right.
 */
export function ValueGridlines({
  ticks,
  y,
  left,
  right,
  label,
  rightLabel,
}: {
  ticks: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  label: (tick: number, index: number) => React.ReactNode;
  rightLabel?: (tick: number, index: number) => React.ReactNode;
}) {
  return (
    <>
      {ticks.map((tick, i) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? INK.axis : INK.grid} />
          <AxisLabel x={left - 6} y={y(tick) + 4} anchor="end">
            {label(tick, i)}
          </AxisLabel>
          {rightLabel && (
            <AxisLabel x={right + 6} y={y(tick) + 4}>
              {rightLabel(tick, i)}
            </AxisLabel>
          )}
        </g>
      ))}
    </>
  );
}
