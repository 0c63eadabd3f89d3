/** How much of a paragraph must be in view for it to count as being read. */
export const READ_SHARE = 0.6;
/** How long it must stay in view, in milliseconds. */
export const DWELL_MS = 1000;
/** IntersectionObserver thresholds fine enough to notice a tall paragraph filling the view. */
export const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

type TEntry = {
  isIntersecting: boolean;
  intersectionRatio: number;
  intersectionRect: { height: number };
  rootBounds: { height: number } | null;
};

/**
 * A paragraph is being read when 60% of it is in view or, when it is taller than the view can show
 * at 60%, when it fills 60% of the view.
 */
export function isBeingRead(entry: TEntry, share = READ_SHARE): boolean {
  if (!entry.isIntersecting) return false;
  if (entry.intersectionRatio >= share - 1e-3) return true;
  const view = entry.rootBounds?.height ?? 0;
  return view > 0 && entry.intersectionRect.height >= view * share - 1;
}
