"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { ScriptSwitch } from "~/components/script-switch";
import { AttemptResults } from "./attempt-results";
import { InProgress } from "./in-progress";
import type { TAttemptView as TView } from "./player-state";

export function AttemptPlayer({ attemptId }: { attemptId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("attempt");
  const query = useQuery(trpc.attempt.get.queryOptions({ attemptId }, { refetchOnWindowFocus: false }));
  if (query.isPending) return <p role="status">{t("questions")}…</p>;
  if (query.isError) {
    const code = query.error.message;
    return (
      <p role="alert" className="card text-accent-dark">
        {code === "ATTEMPT_NOT_FOUND" ? t("errors.ATTEMPT_NOT_FOUND") : t("loadError")}
      </p>
    );
  }
  return <AttemptView view={query.data} />;
}

function AttemptView({ view }: { view: TView }) {
  const t = useTranslations("attempt");
  // Submitted here and now (not opened as submitted): the results take the focus, so a screen reader says so.
  const [openedInProgress] = useState(view.status !== "SUBMITTED");
  const title =
    view.kind === "REVIEW"
      ? t("reviewTitle")
      : view.kind === "ASSIGNMENT"
        ? (view.assignmentTitle ?? t("kindASSIGNMENT"))
        : t("lessonTitle", { n: view.lessonId ?? 0, kind: t(`kind${view.kind}`) });
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{title}</h1>
        {/* 繁體/简体 for the questions too: the server sends them in the chosen script. */}
        <div className="ml-auto">
          <ScriptSwitch />
        </div>
      </div>
      {view.status === "SUBMITTED" ? (
        <Submitted view={view} focusResults={openedInProgress} />
      ) : (
        <InProgress view={view} />
      )}
    </div>
  );
}

function Submitted({ view, focusResults }: { view: TView; focusResults: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("attempt");
  const start = useMutation(trpc.attempt.startLesson.mutationOptions());
  // The server says what "again" starts (a lesson practice or quiz), or that there is none.
  const { again: restart } = view;
  const again = restart
    ? async () => {
        const next = await start.mutateAsync(restart);
        router.push(`/attempts/${next.id}`);
      }
    : undefined;
  return (
    <>
      {view.autoSubmitted && (
        <p role="status" className="border-warn text-warn mb-4 rounded-lg border bg-orange-50 px-4 py-3">
          {t("expired")}
        </p>
      )}
      <AttemptResults view={view} onAgain={again} focusOnMount={focusResults} />
    </>
  );
}
