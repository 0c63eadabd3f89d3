"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "~/components/link";
import { PageHeader } from "~/components/page-header";
import { useTRPC } from "~/trpc/react";
import { useIsClient } from "../../../_results/local-time";
import { type TAssignmentDetail } from "../types";
import { LoadState } from "./load-state";

/**
 * The page around an assignment's edit, duplicate or preview screen: a link back to the assignment,
 * the title, and the loading, not-found and error states. Draws its content in the browser only
 * (times are in the teacher's zone).
 */
export function AssignmentFrame({
  assignmentId,
  title,
  lead,
  children,
}: {
  assignmentId: string;
  title: string;
  lead?: (a: TAssignmentDetail) => string;
  children: (a: TAssignmentDetail) => React.ReactNode;
}) {
  const t = useTranslations("manage");
  const trpc = useTRPC();
  const client = useIsClient();
  const query = useQuery(trpc.assignment.get.queryOptions({ assignmentId }));
  const a = query.data;
  const back = (
    <Link
      href={`/teach/assignments/${assignmentId}`}
      className="text-muted hover:text-ink mb-4 inline-block text-[15px] underline-offset-4 hover:underline print:hidden"
    >
      ← {a ? a.title : t("back")}
    </Link>
  );
  if (!a || !client) {
    return (
      <>
        {back}
        <PageHeader title={title} />
        <LoadState query={query} />
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={title} lead={lead?.(a)} />
      {children(a)}
    </>
  );
}
