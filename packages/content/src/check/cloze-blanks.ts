/** The blank ids of a cloze text, in reading order: "{{1}} 和 {{2}}" -> ["1", "2"]. */
export function blankIds(text: string): string[] {
  return [...text.matchAll(/\{\{(\d+)\}\}/g)].map((match) => match[1] ?? "");
}
