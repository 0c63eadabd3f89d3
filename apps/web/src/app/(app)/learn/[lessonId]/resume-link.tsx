"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { isAppendixRow, paragraphNumber } from "./paragraph-ids";
import { useReading } from "./reading-progress";
import { useHash } from "./use-hash";

/**
 * Offers to go back to where the reader last was, when the page was opened without an anchor. It
 * never jumps by itself, and it goes away once an anchor is followed.
 */
export function ResumeLink() {
  const t = useTranslations("reader");
  const { data, paragraphIds } = useReading();
  const hash = useHash();
  // The place as it was when the page opened, not as it moves while reading now.
  const [place, setPlace] = useState<string | null | undefined>(data ? data.lastParagraphId : undefined);
  if (place === undefined && data) setPlace(data.lastParagraphId);

  if (hash !== "" || !place || place === paragraphIds[0] || !paragraphIds.includes(place)) return null;
  const n = paragraphNumber(place);
  return (
    <p className="border-accent/30 bg-accent-soft mb-6 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border px-4 py-3">
      <span aria-hidden className="text-accent-dark">
        ↳
      </span>
      <a href={`#${place}`} className="text-accent-dark font-semibold underline underline-offset-4">
        {t("resume")}
      </a>
      <span className="text-muted text-sm">
        {isAppendixRow(place) ? t("rowNumber", { n }) : t("paragraphNumber", { n })}
      </span>
    </p>
  );
}
