/** A mastery band (the API's `levelOf`): nothing answered, under 50%, under 80%, 80% or more. */
export type TLevel = "unseen" | "learning" | "developing" | "secure";

/** The paragraph map's bands, from nothing answered to secure. */
export const LEVELS: readonly TLevel[] = ["unseen", "learning", "developing", "secure"];

export type TLevelStyle = {
  /** Tile classes: a light fill with dark text (≥ 4.5:1) and a border that differs in style too. */
  tile: string;
  /** The icon's colour (≥ 3:1 on white and on the tile's fill). */
  color: string;
  /** How much of the icon's circle is filled, so the band reads without colour. */
  fill: 0 | 0.25 | 0.5 | 1;
};

export const LEVEL_STYLE: Record<TLevel, TLevelStyle> = {
  unseen: { tile: "border-dashed border-stone-400 bg-white text-stone-700", color: "#78716c", fill: 0 },
  learning: { tile: "border-red-700 bg-red-50 text-red-900", color: "#b42318", fill: 0.25 },
  developing: { tile: "border-amber-700 bg-amber-50 text-amber-900", color: "#b54708", fill: 0.5 },
  secure: { tile: "border-green-700 bg-green-50 text-green-900", color: "#067647", fill: 1 },
};

/**
 * The SVG path of a pie slice filling `fraction` of a circle of radius `r` centred at (cx, cy),
 * clockwise from twelve o'clock ("" for none; a whole circle is drawn as a circle instead).
 */
export function pieSlicePath(cx: number, cy: number, r: number, fraction: number): string {
  if (fraction <= 0) return "";
  const f = Math.min(fraction, 0.9999);
  const angle = 2 * Math.PI * f;
  const x = cx + r * Math.sin(angle);
  const y = cy - r * Math.cos(angle);
  const large = f > 0.5 ? 1 : 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return `M${cx} ${cy}L${cx} ${cy - r}A${r} ${r} 0 ${large} 1 ${round(x)} ${round(y)}Z`;
}
