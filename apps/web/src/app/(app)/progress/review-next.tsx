"use client";

import { useTranslations } from "next-intl";
import { useRelativeTime } from "~/lib/client-time";

/** "Next review in 3 hours", by the browser's clock (the server renders the plain wording). */
export function ReviewNext({ nextDue }: { nextDue: Date | null }) {
  const t = useTranslations("progress");
  const nextIn = useRelativeTime(nextDue);
  return nextIn ? t("summary.reviewNext", { when: nextIn }) : t("summary.reviewNone");
}
