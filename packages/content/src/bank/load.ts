import { z } from "zod";

import { type TItem, ZItem } from "../schema";
import { integrityProblems } from "./integrity";

function describe(input: unknown, index: number): string {
  const id = typeof input === "object" && input !== null && "id" in input ? String(input.id) : "?";
  return `item #${index} (${id})`;
}

/**
 * Validates raw item inputs against the schema and the article. Throws one error listing every
 * problem, so that a broken bank fails at import with a message that names the items to fix.
 */
export function loadItems(inputs: readonly unknown[]): TItem[] {
  const problems: string[] = [];
  const items: TItem[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const parsed = ZItem.safeParse(input);
    if (!parsed.success) {
      problems.push(`${describe(input, index)}: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
      return;
    }
    const item = parsed.data;
    if (seen.has(item.id)) problems.push(`${describe(input, index)}: duplicate id`);
    seen.add(item.id);
    problems.push(...integrityProblems(item).map((problem) => `${describe(input, index)}: ${problem}`));
    items.push(item);
  });
  if (problems.length > 0) {
    throw new Error(`@dc/content: the item bank is invalid:\n- ${problems.join("\n- ")}`);
  }
  return items;
}
