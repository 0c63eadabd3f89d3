import { z } from "zod";
import { sameQuantity } from "../check/numbers";
import { ZItemBase, ZShortString } from "./base";
import { alternativeKeys, type TItemTypeModule } from "./module";

/**
 * A number in `unit`. Units may carry a Chinese magnitude (萬, 億, 萬億) that the checker expands, so
 * "3,040億美元", "3040" and "0.304萬億美元" all mean the same for `{ answer: 3040, unit: "億美元" }`.
 * `tolerance` is absolute, in the same unit.
 */
export const ZNumericItem = ZItemBase.extend({
  type: z.literal("numeric"),
  answer: z.number(),
  unit: z.string(),
  tolerance: z.number().min(0),
  /**
   * For a figure the article does not state but that follows from figures it does: the arithmetic, as
   * an expression over numbers written in the item's quotes (`"67 - 31.9"`, `"41 / 96 * 100"`). Tests
   * check that every number in it is quoted and that it evaluates to `answer` within `tolerance`.
   */
  calculation: z
    .string()
    .regex(/^[\d.+\-*/() ]+$/)
    .optional(),
});
/** The number as typed (the checker reads it). */
export const ZNumericResponse = z.object({ type: z.literal("numeric"), value: ZShortString });

type I = z.infer<typeof ZNumericItem>;
type R = z.infer<typeof ZNumericResponse>;
type V = { type: "numeric"; unit: string };

/** Thousands separated as the article writes them (3,040億美元); years as it writes them (2014年, not 2,014年). */
function formatNumber(value: number, unit: string): string {
  if (unit === "年") return String(value);
  return value.toLocaleString("en-US", { maximumFractionDigits: 10 });
}

export const numeric = {
  type: "numeric",
  item: ZNumericItem,
  response: ZNumericResponse,
  label: { en: "numeric", zh: "數值" },
  validate: () => null,
  score: (item, r) => (sameQuantity(r.value, item) ? 1 : 0),
  publicView: (item): V => ({ type: "numeric", unit: item.unit }),
  key: (item) => item.answer,
  answerText: (item) => `${formatNumber(item.answer, item.unit)}${item.unit}`,
  responseText: (_item, r) => r.value,
  keyResponse: (item) => ({ type: "numeric", value: String(item.answer) }),
  wrongResponse: (item) => ({ type: "numeric", value: String(item.answer + 1000) }),
  attempt: null,
  // An extra key is another number; the item's unit and tolerance apply to it.
  widening: alternativeKeys<I>((_item, key) =>
    typeof key === "number" && Number.isFinite(key) ? null : "NOT_A_NUMBER",
  ),
} satisfies TItemTypeModule<"numeric", I, R, V>;
