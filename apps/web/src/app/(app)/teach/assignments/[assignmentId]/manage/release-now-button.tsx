"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { ConfirmButton } from "~/components/confirm-button";
import { type TAssignmentDetail } from "../types";

/** "Release keys and scores now", before the due time, after a confirmation that says who sees what. */
export function ReleaseNowButton({ assignment: a }: { assignment: TAssignmentDetail }) {
  const t = useTranslations("manage.release");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const release = useMutation(trpc.assignment.releaseNow.mutationOptions());
  return (
    <ConfirmButton
      label={t("button")}
      title={t("title")}
      confirmLabel={t("confirm")}
      body={
        <>
          <p>{t("body", { submitted: a.attempts.submitted })}</p>
          {a.attempts.inProgress > 0 && <p>{t("inProgress", { count: a.attempts.inProgress })}</p>}
          <p>{t("final")}</p>
        </>
      }
      onConfirm={async () => {
        try {
          await release.mutateAsync({ assignmentId: a.id });
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.assignment.get.queryKey({ assignmentId: a.id }) }),
            queryClient.invalidateQueries({ queryKey: trpc.results.assignment.pathKey() }),
          ]);
          return null;
        } catch (e) {
          return errorCode(e).code === "NETWORK" ? t("network") : t("failed");
        }
      }}
    />
  );
}
