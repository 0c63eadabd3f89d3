"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormAlert } from "~/components/form-alert";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";
import { useNow } from "~/lib/client-time";
import { actionFor, type TNext } from "./status";
import type { TMyAssignment } from "./types";

const KNOWN = new Set([
  "ASSIGNMENT_NOT_OPEN",
  "NO_ATTEMPTS_LEFT",
  "CLASS_ARCHIVED",
  "ASSIGNMENT_NOT_FOUND",
  "STUDENTS_ONLY",
  "NETWORK",
  "INTERNAL_ERROR",
]);

/**
 * Start, resume or retry: `assignment.start` (which resumes an open attempt rather than opening a
 * second), then the attempt player. When nothing can be done, the reason instead of a button.
 */
export function StartAction({ assignment: a }: { assignment: TMyAssignment }) {
  const t = useTranslations("assignments");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const now = useNow();
  const edge = useEdgeMessages();
  const start = useMutation(
    trpc.assignment.start.mutationOptions({
      onSuccess: ({ id: attemptId }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.assignment.mine.pathKey() });
        router.push(`/attempts/${attemptId}`);
      },
      onError: () => void queryClient.invalidateQueries({ queryKey: trpc.assignment.mine.pathKey() }),
    }),
  );
  // `next` is one of TNext (see student-assignments.ts), typed as a plain string by the API.
  const action = actionFor({ ...a, next: a.next as TNext }, now ?? a.opensAt.getTime());
  const busy = start.isPending || start.isSuccess; // success navigates away
  const code = start.error ? errorCode(start.error).code : null;
  const review = a.best ? (
    <Link href={`/attempts/${a.best.attemptId}`} className="btn-secondary">
      {t("viewAttempt")}
      <span className="sr-only">{t("ofAssignment", { title: a.title })}</span>
    </Link>
  ) : null;

  if (action.kind === "NOT_OPEN" || action.kind === "NO_ATTEMPTS_LEFT") {
    return (
      <div className="mt-auto flex flex-wrap items-center gap-3">
        <p className="text-muted font-medium">
          {t(action.kind === "NOT_OPEN" ? "notOpen" : "noAttemptsLeft")}
        </p>
        {review}
      </div>
    );
  }

  const label = action.kind === "RESUME" ? t("resume") : action.kind === "RETRY" ? t("again") : t("start");
  const late = action.kind !== "RESUME" && action.late;
  return (
    <div className="mt-auto space-y-3">
      {late && (
        <p id={`${id}-late`} className="text-warn text-[15px] font-medium">
          {t("lateHint")}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn-primary"
          aria-disabled={busy}
          aria-describedby={late ? `${id}-late` : undefined}
          onClick={() => {
            if (!busy) start.mutate({ assignmentId: a.id });
          }}
        >
          {busy ? t("starting") : label}
          <span className="sr-only">{t("ofAssignment", { title: a.title })}</span>
        </button>
        {review}
      </div>
      <FormAlert
        message={
          edge.refusal(start.error) ?? (code ? t(`errors.${KNOWN.has(code) ? code : "generic"}`) : null)
        }
      />
    </div>
  );
}
