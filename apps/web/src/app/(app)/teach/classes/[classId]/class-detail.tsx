"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { ClassTabs } from "../../_results/class-tabs";
import { ClassAnnouncements } from "./class-announcements";
import { ClassAssignments } from "./class-assignments";
import { CoTeachers } from "./co-teachers";
import { ClassTitle } from "./class-title";
import { JoinCodePanel } from "./join-code-panel";
import { Roster } from "./roster";
import { RosterImport } from "./roster-import";

/** The class page: title and actions, the join code, the assignments, announcements, the roster, co-teachers. */
export function ClassDetail({ classId }: { classId: string }) {
  const t = useTranslations("classes");
  const trpc = useTRPC();
  const { data, error, refetch, isFetching } = useQuery(trpc.class.get.queryOptions({ classId }));

  if (!data) {
    if (!error) {
      return (
        <p role="status" className="text-muted">
          {t("loading")}
        </p>
      );
    }
    const { code } = errorCode(error);
    if (code === "CLASS_NOT_FOUND") {
      return (
        <section className="card mx-auto max-w-lg text-center" aria-labelledby="class-missing">
          <h1 id="class-missing" className="font-serif text-2xl font-bold">
            {t("notFound.title")}
          </h1>
          <p className="text-muted mt-3">{t("notFound.body")}</p>
          <Link href="/teach" className="btn-primary mt-6">
            {t("notFound.back")}
          </Link>
        </section>
      );
    }
    return (
      <div role="alert" className="card flex flex-wrap items-center gap-4">
        <p className="text-accent-dark">{t("loadError")}</p>
        <button type="button" className="btn-secondary" onClick={() => void refetch()} disabled={isFetching}>
          {t("teach.retry")}
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-10">
      <div>
        <ClassTitle cls={data} />
        <div className="mt-6">
          <ClassTabs classId={data.id} />
        </div>
      </div>
      <JoinCodePanel cls={data} />
      <ClassAssignments
        classId={data.id}
        archived={data.archivedAt !== null}
        studentCount={data.studentCount}
      />
      <ClassAnnouncements classId={data.id} archived={data.archivedAt !== null} />
      <RosterImport classId={data.id} archived={data.archivedAt !== null} />
      <Roster cls={data} />
      <CoTeachers cls={data} />
    </div>
  );
}
