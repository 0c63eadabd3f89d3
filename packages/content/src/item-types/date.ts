import { z } from "zod";
import { askedParts, DATE_PARTS, scoreDate, type TDatePart } from "../check/dates";
import { ZItemBase, ZShortString } from "./base";
import { type TItemTypeModule, type TLang } from "./module";

/** Only the parts the key has are asked: `{ month: 5, day: 14 }` asks month and day. */
export const ZDateValue = z
  .object({
    year: z.number().int().min(1900).max(2100).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  })
  .refine((d) => d.year !== undefined || d.month !== undefined, "a date needs a year or a month");
export type TDateValue = z.infer<typeof ZDateValue>;

export const ZDateItem = ZItemBase.extend({
  type: z.literal("date"),
  answer: ZDateValue,
});
/** Each asked part as typed ("" for one left blank). */
export const ZDateResponse = z.object({
  type: z.literal("date"),
  year: ZShortString.optional(),
  month: ZShortString.optional(),
  day: ZShortString.optional(),
});

type I = z.infer<typeof ZDateItem>;
type R = z.infer<typeof ZDateResponse>;
type V = { type: "date"; parts: TDatePart[] };

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function formatDate(date: TDateValue, lang: TLang): string {
  if (lang === "zh") {
    return `${date.year === undefined ? "" : `${date.year}年`}${date.month === undefined ? "" : `${date.month}月`}${date.day === undefined ? "" : `${date.day}日`}`;
  }
  const month = date.month === undefined ? undefined : MONTHS_EN[date.month - 1];
  return [date.day, month, date.year].filter((part) => part !== undefined).join(" ");
}

export const date = {
  type: "date",
  item: ZDateItem,
  response: ZDateResponse,
  label: { en: "date entry", zh: "日期填寫" },
  validate: (item, r) => {
    const asked = askedParts(item.answer);
    const missing = asked.filter((part) => r[part] === undefined);
    if (missing.length > 0) return `missing date parts: ${missing.join(", ")}`;
    const extra = DATE_PARTS.filter((part) => !asked.includes(part) && (r[part] ?? "").trim() !== "");
    return extra.length > 0 ? `date parts not asked: ${extra.join(", ")}` : null;
  },
  score: (item, r) => scoreDate(item.answer, r),
  publicView: (item): V => ({ type: "date", parts: askedParts(item.answer) }),
  key: (item) => item.answer,
  answerText: (item, lang) => formatDate(item.answer, lang),
  responseText: (_item, r, lang) => {
    if (lang === "en") return [r.year, r.month, r.day].filter((p) => p !== undefined && p !== "").join("-");
    return [r.year && `${r.year}年`, r.month && `${r.month}月`, r.day && `${r.day}日`]
      .filter(Boolean)
      .join("");
  },
  keyResponse: (item) => ({
    type: "date",
    year: item.answer.year?.toString(),
    month: item.answer.month?.toString(),
    day: item.answer.day?.toString(),
  }),
  // Each part moved on by one, still a plausible year, month or day: no half credit for the year.
  wrongResponse: (item) => ({
    type: "date",
    year: item.answer.year === undefined ? undefined : String(item.answer.year + 1),
    month: item.answer.month === undefined ? undefined : String((item.answer.month % 12) + 1),
    day: item.answer.day === undefined ? undefined : String((item.answer.day % 28) + 1),
  }),
  attempt: null,
  widening: null,
} satisfies TItemTypeModule<"date", I, R, V>;
