"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { ConfirmButton } from "~/components/confirm-button";
import { type TAssignmentDetail } from "../types";

/**
 * Deletes the assignment after a confirmation that says what is lost: the attempts, answers and
 * scores of how many students. The server deletes only the number of attempts the teacher saw; if a
 * student started meanwhile, the dialog says so with the new count.
 */
export function DeleteAssignmentButton({ assignment: a }: { assignment: TAssignmentDetail }) {
  const t = useTranslations("manage.delete");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.assignment.delete.mutationOptions());
  const lost = a.attempts.total;
  return (
    <ConfirmButton
      label={t("button")}
      className="btn-secondary text-accent-dark"
      title={t("title", { title: a.title })}
      confirmLabel={lost ? t("confirmLost", { count: lost }) : t("confirm")}
      body={
        lost ? (
          <>
            <p className="text-accent-dark font-medium">
              {t("lost", { count: lost, students: a.attempts.students })}
            </p>
            {a.attempts.inProgress > 0 && <p>{t("inProgress", { count: a.attempts.inProgress })}</p>}
            <p>{t("undo")}</p>
          </>
        ) : (
          <p>{t("nothingLost")}</p>
        )
      }
      onConfirm={async () => {
        try {
          await remove.mutateAsync({ assignmentId: a.id, confirmAttempts: lost || undefined });
        } catch (e) {
          const { code } = errorCode(e);
          if (code === "ASSIGNMENT_HAS_ATTEMPTS") {
            await queryClient.invalidateQueries({
              queryKey: trpc.assignment.get.queryKey({ assignmentId: a.id }),
            });
            return t("changed");
          }
          return code === "NETWORK" ? t("network") : t("failed");
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.assignment.list.queryKey({ classId: a.classId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.class.get.queryKey({ classId: a.classId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.results.gradebook.pathKey() }),
        ]);
        router.push(`/teach/classes/${a.classId}`);
        return null;
      }}
    />
  );
}
