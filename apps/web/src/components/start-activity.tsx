"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";

type TLessonId = 0 | 1 | 2 | 3 | 4 | 5;

/** Practice, quiz and timed quiz for one lesson; resumes the one already open instead of starting another. */
export function StartActivity({ lessonId }: { lessonId: TLessonId }) {
  const t = useTranslations("attempt");
  const edge = useEdgeMessages();
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.attempt.startLesson.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function go(kind: "PRACTICE" | "QUIZ", timed = false) {
    setError(null);
    try {
      const attempt = await start.mutateAsync({ kind, lessonId, timed });
      router.push(`/attempts/${attempt.id}`);
    } catch (e) {
      const { code } = errorCode(e);
      setError(edge.refusal(e) ?? (code === "NETWORK" ? t("errors.NETWORK") : t("errors.generic")));
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          disabled={start.isPending}
          onClick={() => void go("PRACTICE")}
        >
          {t("startPractice")}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={start.isPending}
          onClick={() => void go("QUIZ")}
        >
          {t("startQuiz")}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={start.isPending}
          onClick={() => void go("QUIZ", true)}
        >
          {t("startTimedQuiz")}
        </button>
      </div>
      <p className="text-muted text-sm">
        {t("startPracticeHint")} {t("startQuizHint")}
      </p>
      {start.isPending && <p role="status">{t("starting")}</p>}
      {error && (
        <p role="alert" className="text-accent-dark">
          {error}
        </p>
      )}
    </div>
  );
}
