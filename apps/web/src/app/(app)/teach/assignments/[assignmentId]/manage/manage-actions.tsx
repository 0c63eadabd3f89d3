"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "~/components/link";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "../../../_results/local-time";
import { DeleteAssignmentButton } from "./delete-button";
import { ReleaseNowButton } from "./release-now-button";

const linkClass = "btn-secondary";

/**
 * What a teacher can do with an assignment, above its results: edit, duplicate, preview as a
 * student, print, release keys now, delete. Hidden on paper.
 */
export function ManageActions({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("manage.actions");
  const trpc = useTRPC();
  const { data: a } = useQuery(trpc.assignment.get.queryOptions({ assignmentId }));
  if (!a) return null;
  const base = `/teach/assignments/${assignmentId}`;
  return (
    <section aria-label={t("label")} className="mb-8 space-y-3 print:hidden">
      <div className="flex flex-wrap gap-2">
        <Link href={`${base}/edit`} className={linkClass}>
          {t("edit")}
        </Link>
        <Link href={`${base}/duplicate`} className={linkClass}>
          {t("duplicate")}
        </Link>
        <Link href={`${base}/preview`} className={linkClass}>
          {t("preview")}
        </Link>
        <Link href={`${base}/print/paper`} className={linkClass}>
          {t("printPaper")}
        </Link>
        <Link href={`${base}/print/key`} className={linkClass}>
          {t("printKey")}
        </Link>
        <Link href={`${base}/print/results`} className={linkClass}>
          {t("printResults")}
        </Link>
        {a.releasedAt === null && <ReleaseNowButton assignment={a} />}
        <DeleteAssignmentButton assignment={a} />
      </div>
      {a.releasedAt !== null && (
        <p className="text-ok text-[15px]" role="status">
          {t("released")} <LocalTime date={a.releasedAt} />
        </p>
      )}
    </section>
  );
}
