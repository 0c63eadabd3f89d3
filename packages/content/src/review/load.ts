import { z } from "zod";

import type { TItem, TPool } from "../schema";
import { finalVerdict, type TReviewEntry, ZReviewEntry } from "./schema";

export type TReviewCheck = { entries: TReviewEntry[]; problems: string[] };

/**
 * Validates the review record against its schema and the bank: one entry per item, entries for
 * items that exist (or, when rejected, that no longer do), and every assessment item read and kept.
 * `reviewedPools` widens that to other pools. Written items are all read, practice ones too.
 */
export function checkReviewRecord(
  inputs: readonly unknown[],
  items: readonly Pick<TItem, "id" | "pool" | "type">[],
  reviewedPools: readonly TPool[] = ["assessment"],
): TReviewCheck {
  const reviewed = (item: Pick<TItem, "pool" | "type">) =>
    reviewedPools.includes(item.pool) || item.type === "written";
  const problems: string[] = [];
  const entries: TReviewEntry[] = [];
  inputs.forEach((input, index) => {
    const parsed = ZReviewEntry.safeParse(input);
    if (parsed.success) entries.push(parsed.data);
    else problems.push(`entry #${index}: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
  });

  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.itemId)) problems.push(`${entry.itemId}: more than one entry`);
    seen.add(entry.itemId);
    const item = byId.get(entry.itemId);
    const verdict = finalVerdict(entry);
    if (verdict === "rejected" && item !== undefined)
      problems.push(`${entry.itemId}: rejected, but still in the bank`);
    if (verdict !== "rejected" && item === undefined)
      problems.push(`${entry.itemId}: no such item in the bank`);
    if (item !== undefined && !reviewed(item))
      problems.push(
        `${entry.itemId}: a ${item.pool} item (only ${reviewedPools.join(" and ")} items are reviewed here)`,
      );
  }
  for (const item of items) {
    if (reviewed(item) && !seen.has(item.id)) problems.push(`${item.id}: not reviewed yet`);
  }
  return { entries, problems };
}
