"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormAlert } from "~/components/form-alert";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";

const SMALL = "min-h-10 w-full px-3 text-[15px]";
const KNOWN_ERRORS = new Set(["NOTHING_DUE", "DAILY_LIMIT_REACHED", "NETWORK"]);

/**
 * Starts today's review and opens it, or resumes the open session. With nothing due the button
 * stays focusable but inactive (aria-disabled), and `describedBy` points at the text saying why.
 */
export function StartReviewButton({
  due,
  openAttemptId,
  describedBy,
  compact = false,
}: {
  due: number;
  openAttemptId: string | null;
  describedBy?: string;
  /** A smaller, full-width button for a summary card. */
  compact?: boolean;
}) {
  const t = useTranslations("review");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const refreshCounts = () => queryClient.invalidateQueries({ queryKey: trpc.review.summary.queryKey() });
  const edge = useEdgeMessages();
  const start = useMutation(
    trpc.review.start.mutationOptions({
      onSuccess: ({ id }) => {
        void refreshCounts();
        router.push(`/attempts/${id}`);
      },
      onError: (error) => {
        const code = errorCode(error).code;
        if (code === "NOTHING_DUE" || code === "DAILY_LIMIT_REACHED") void refreshCounts();
      },
    }),
  );

  if (openAttemptId) {
    return (
      <Link
        href={`/attempts/${openAttemptId}`}
        aria-describedby={describedBy}
        className={`btn-primary ${compact ? SMALL : ""}`}
      >
        {t("resume")}
      </Link>
    );
  }
  const inactive = due === 0;
  const busy = start.isPending || start.isSuccess; // success navigates away; don't offer a second start
  const code = start.error ? errorCode(start.error).code : null;
  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        aria-disabled={inactive || busy}
        aria-describedby={describedBy}
        onClick={() => {
          if (!inactive && !busy) start.mutate();
        }}
        className={`${
          inactive
            ? "btn cursor-not-allowed border border-stone-300 bg-stone-100 text-stone-600"
            : "btn-primary aria-disabled:cursor-progress"
        } ${compact ? SMALL : ""}`}
      >
        {busy ? t("starting") : t("start")}
      </button>
      <FormAlert
        message={
          edge.refusal(start.error) ??
          (code ? t(`errors.${KNOWN_ERRORS.has(code) ? code : "generic"}`) : null)
        }
      />
    </div>
  );
}
