import { LEVEL_STYLE, pieSlicePath, type TLevel } from "./levels";

/** A circle filled as far as the band goes (empty, a quarter, a half, full with a tick): readable without colour. */
export function LevelIcon({ level, size = 16 }: { level: TLevel; size?: number }) {
  const { color, fill } = LEVEL_STYLE[level];
  return (
    <svg aria-hidden width={size} height={size} viewBox="0 0 16 16" className="shrink-0">
      <circle
        cx="8"
        cy="8"
        r="6.5"
        fill={fill === 1 ? color : "#fff"}
        stroke={color}
        strokeWidth="1.5"
        strokeDasharray={fill === 0 ? "2.5 2" : undefined}
      />
      {fill > 0 && fill < 1 && <path d={pieSlicePath(8, 8, 6.5, fill)} fill={color} />}
      {fill === 1 && (
        <path
          d="M4.8 8.2l2.2 2.2 4.2-4.6"
          fill="none"
          stroke="#fff"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
