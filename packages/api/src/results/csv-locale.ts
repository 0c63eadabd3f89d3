import { ITEM_TYPE_MODULES, ITEM_TYPES, type TItem, type TItemType } from "@dc/content";
import { z } from "zod";
import { type TAssignmentStatus } from "../assignments/status";

/*
 * Exports are written for the teacher who asked: in their interface language, with times in their
 * own UTC offset as "2026-12-03 16:30:00" (a form every spreadsheet reads as a date and time).
 */

export const CSV_LANGS = ["en", "zh"] as const;
export type TCsvLang = (typeof CSV_LANGS)[number];

/** Minutes east of UTC, as the browser reports it (480 in Hong Kong); real offsets run −12:00..+14:00. */
export const ZTzOffset = z
  .number()
  .int()
  .min(-12 * 60)
  .max(14 * 60);
export const ZCsvLocale = { lang: z.enum(CSV_LANGS).optional(), tzOffset: ZTzOffset.optional() };
export type TCsvLocale = { lang?: TCsvLang; tzOffset?: number };

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-12-03 16:30:00" at the given offset; null stays empty. */
export function csvDateTime(at: Date | null, tzOffset = 0): string | null {
  if (!at) return null;
  const local = new Date(at.getTime() + tzOffset * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
  );
}

/** "UTC+08:00", "UTC−05:30", said in the header of a time column. */
export function zoneLabel(tzOffset = 0): string {
  const sign = tzOffset < 0 ? "-" : "+";
  const minutes = Math.abs(tzOffset);
  return `UTC${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Each item type's name, as its module gives it. */
function typeLabels(lang: TCsvLang): Record<TItemType, string> {
  return Object.fromEntries(ITEM_TYPES.map((type) => [type, ITEM_TYPE_MODULES[type].label[lang]])) as Record<
    TItemType,
    string
  >;
}

/** The words of the exports, the same as the teacher's screens use. */
export const CSV_WORDS = {
  en: {
    status: {
      NOT_STARTED: "not started",
      IN_PROGRESS: "in progress",
      SUBMITTED: "submitted",
      LATE: "late",
      MISSED: "missed",
    } satisfies Record<TAssignmentStatus, string>,
    skill: { dates: "dates", figures: "figures", logic: "policy logic", terms: "terms" } satisfies Record<
      TItem["skill"],
      string
    >,
    type: typeLabels("en"),
    adjustment: { FULL_CREDIT: "full credit", DROP: "dropped", ACCEPT_ANSWER: "answer accepted" },
    yes: "yes",
    no: "no",
    byStudent: "by the student",
    auto: "automatically at the time limit",
    pass: "pass",
    fail: "fail",
    /** The header of a pass/fail column. */
    passMark: (percent: number) => `pass (pass mark ${percent}%)`,
  },
  zh: {
    status: {
      NOT_STARTED: "未開始",
      IN_PROGRESS: "作答中",
      SUBMITTED: "已提交",
      LATE: "遲交",
      MISSED: "欠交",
    },
    skill: { dates: "日期", figures: "數字", logic: "政策邏輯", terms: "術語" },
    type: typeLabels("zh"),
    adjustment: { FULL_CREDIT: "全部給分", DROP: "已剔除", ACCEPT_ANSWER: "另接受答案" },
    yes: "是",
    no: "否",
    byStudent: "學生交卷",
    auto: "時限到自動交卷",
    pass: "合格",
    fail: "不合格",
    passMark: (percent: number) => `合格（合格分數 ${percent}%）`,
  },
} satisfies Record<TCsvLang, unknown>;

/** "pass", "fail", or empty without a pass mark or a score. */
export const passWord = (lang: TCsvLang, result: boolean | null) =>
  result === null ? null : result ? CSV_WORDS[lang].pass : CSV_WORDS[lang].fail;
