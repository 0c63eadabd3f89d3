"use client";

import { useTranslations } from "next-intl";
import type { TChoiceMark } from "./logic";

const TEXT: Record<TChoiceMark, string> = {
  "right-chosen": "markRightChosen",
  "right-missed": "markRightMissed",
  "wrong-chosen": "markWrongChosen",
};

/** The text half of a right/wrong mark (never colour alone): "✓ 正確答案", "✗ 你的選擇". `multi` says a missed right choice was not chosen. */
export function ChoiceMark({ mark, multi = false }: { mark: TChoiceMark; multi?: boolean }) {
  const t = useTranslations("items");
  const right = mark !== "wrong-chosen";
  const key = mark === "right-missed" && multi ? "markRightNotChosen" : TEXT[mark];
  return (
    <span
      className={`inline-flex items-center gap-1 text-sm font-semibold ${right ? "text-ok" : "text-accent-dark"}`}
    >
      <span aria-hidden>{right ? "✓" : "✗"}</span>
      {t(key)}
    </span>
  );
}

/** Border and background of a row, coloured by its mark (always paired with `ChoiceMark` text). */
export function markClasses(mark: TChoiceMark | null): string {
  if (mark === "right-chosen" || mark === "right-missed") return "border-ok bg-green-50";
  if (mark === "wrong-chosen") return "border-accent bg-accent-soft";
  return "border-line bg-white";
}

/** A neutral "正確答案：…" line shown beside typed answers once the key is known. */
export function KeyNote({ answer, id }: { answer: string; id?: string }) {
  const t = useTranslations("items");
  return (
    <span id={id} className="text-ok inline-flex items-center gap-1 text-sm font-semibold">
      <span aria-hidden>✓</span>
      {t("key", { answer })}
    </span>
  );
}
