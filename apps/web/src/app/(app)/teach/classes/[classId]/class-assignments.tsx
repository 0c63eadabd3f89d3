"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useNow } from "~/lib/client-time";
import { useTRPC } from "~/trpc/react";
import { AssignmentRow } from "./assignment-row";

/** The class's assignments by due time, with how many students handed each in; links to results. */
export function ClassAssignments({
  classId,
  archived,
  studentCount,
}: {
  classId: string;
  archived: boolean;
  studentCount: number;
}) {
  const t = useTranslations("classes.assignments");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const id = useId();
  const now = useNow();
  const { data, isError } = useQuery({
    ...trpc.assignment.list.queryOptions({ classId }),
    refetchInterval: 30_000,
  });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {t("heading")}
        </h2>
        {!archived && (
          <Link href={`/teach/classes/${classId}/assignments/new`} className="btn-primary">
            {t("new")}
          </Link>
        )}
      </div>
      {archived && <p className="text-muted mb-4">{t("newDisabled")}</p>}
      {!data ? (
        isError ? (
          <p role="alert" className="text-accent-dark">
            {tc("error")}
          </p>
        ) : (
          <p role="status" className="text-muted">
            {tc("loading")}
          </p>
        )
      ) : data.length === 0 ? (
        <p className="border-line text-muted rounded-xl border border-dashed p-5">{t("empty")}</p>
      ) : (
        <ul className="space-y-4" data-testid="class-assignments">
          {data.map((a) => (
            <AssignmentRow key={a.id} assignment={a} studentCount={studentCount} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
