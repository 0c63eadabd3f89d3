/** What a key press does on the grading page (see `shortcutOf`). */
export type TShortcut =
  | { kind: "toggle"; index: number }
  | { kind: "save" }
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "help" };

type TKey = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when the key goes to a text field (the comment, the rubric form), which keeps its keys. */
  typing: boolean;
};

/**
 * The grading page's keys: 1–4 toggle the rubric's criteria, Enter saves and moves on, j / → next
 * group, k / ← previous, ? the help list. In a text field only Ctrl/⌘+Enter (save) counts, so a
 * comment can be typed freely; other modified keys are left to the browser.
 */
export function shortcutOf(event: TKey, criteria: number): TShortcut | null {
  const modified = event.ctrlKey || event.metaKey;
  if (event.key === "Enter" && (modified || !event.typing)) return { kind: "save" };
  if (event.typing || modified || event.altKey) return null;
  const digit = Number(event.key);
  if (/^[1-9]$/.test(event.key) && digit <= criteria) return { kind: "toggle", index: digit - 1 };
  if (event.key === "j" || event.key === "ArrowRight") return { kind: "next" };
  if (event.key === "k" || event.key === "ArrowLeft") return { kind: "previous" };
  if (event.key === "?") return { kind: "help" };
  return null;
}

/** The criteria met with one toggled, in the rubric's order. */
export function toggled(rubricIds: readonly string[], met: readonly string[], id: string): string[] {
  const next = new Set(met);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return rubricIds.filter((r) => next.has(r));
}

/**
 * Where to go after saving group `current`: the next group still to grade after it, wrapping round;
 * when every group is graded, simply the next one (or the same, at the end).
 */
export function nextToGrade(groups: readonly { graded: number; size: number }[], current: number): number {
  for (let step = 1; step <= groups.length; step++) {
    const index = (current + step) % groups.length;
    if (groups[index]!.graded < groups[index]!.size) return index;
  }
  return Math.min(current + 1, groups.length - 1);
}
