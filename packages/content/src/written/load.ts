import { z } from "zod";

import { writtenIntegrityProblems } from "./integrity";
import { type TWrittenItem, ZWrittenItem } from "../item-types/written";

function describe(input: unknown, index: number): string {
  const id = typeof input === "object" && input !== null && "id" in input ? String(input.id) : "?";
  return `written item #${index} (${id})`;
}

/**
 * Validates written item inputs against their schema and the article, like `loadItems` does for the
 * bank: one error listing every problem. (That no written id reuses a bank id is checked by the tests.)
 */
export function loadWrittenItems(inputs: readonly unknown[]): TWrittenItem[] {
  const problems: string[] = [];
  const items: TWrittenItem[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const parsed = ZWrittenItem.safeParse(input);
    if (!parsed.success) {
      problems.push(`${describe(input, index)}: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
      return;
    }
    const item = parsed.data;
    if (seen.has(item.id)) problems.push(`${describe(input, index)}: duplicate id`);
    seen.add(item.id);
    problems.push(
      ...writtenIntegrityProblems(item).map((problem) => `${describe(input, index)}: ${problem}`),
    );
    items.push(item);
  });
  if (problems.length > 0) {
    throw new Error(`@dc/content: the written items are invalid:\n- ${problems.join("\n- ")}`);
  }
  return items;
}
