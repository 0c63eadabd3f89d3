"use client";

import { useTranslations } from "next-intl";
import { humaniseTag } from "./format";

/**
 * A misconception tag in plain words: the written label and explanation for the common tags, the
 * tag itself made readable ("wrong-meeting" → "Wrong meeting") for the rest.
 */
export function useMisconceptionLabel() {
  const t = useTranslations("results.tags");
  return (tag: string): { label: string; explanation: string | null } =>
    t.has(`${tag}.label`)
      ? { label: t(`${tag}.label`), explanation: t.has(`${tag}.explain`) ? t(`${tag}.explain`) : null }
      : { label: humaniseTag(tag), explanation: null };
}
