"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { groupJoinCode, spellJoinCode } from "~/lib/join-code";

/** The teacher's classes, newest first, with their codes and counts; archived ones on request. */
export function ClassList() {
  const t = useTranslations("classes.teach");
  const tco = useTranslations("classes.coTeachers");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const id = useId();
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, isError, refetch, isFetching } = useQuery({
    ...trpc.class.list.queryOptions({ includeArchived }),
    placeholderData: keepPreviousData,
  });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-[15px]">
          <input
            type="checkbox"
            className="accent-accent size-5"
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.target.checked)}
          />
          {t("showArchived")}
        </label>
      </div>
      {!data ? (
        isError ? (
          <div role="alert" className="card flex flex-wrap items-center gap-4">
            <p className="text-accent-dark">{tc("error")}</p>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void refetch()}
              disabled={isFetching}
            >
              {t("retry")}
            </button>
          </div>
        ) : (
          <p role="status" className="text-muted">
            {tc("loading")}
          </p>
        )
      ) : data.length === 0 ? (
        <p className="border-line text-muted rounded-xl border border-dashed p-5">
          {includeArchived ? t("emptyArchived") : t("empty")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy={isFetching}>
          {data.map((cls) => (
            <li key={cls.id} className="card relative flex flex-col gap-3">
              <h3 className="text-lg font-semibold">
                <Link
                  href={`/teach/classes/${cls.id}`}
                  className="hover:text-accent-dark underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline"
                >
                  {cls.name}
                </Link>
              </h3>
              {!cls.isOwner && (
                <p className="w-fit rounded-full border border-sky-200 bg-sky-50 px-2.5 py-0.5 text-sm text-sky-900">
                  {tco("badge")} · {tco("ownerLine", { name: cls.ownerName })}
                </p>
              )}
              {cls.archivedAt && (
                <p className="w-fit rounded-full border border-stone-300 bg-stone-100 px-2.5 py-0.5 text-sm text-stone-800">
                  {t("archived")}
                </p>
              )}
              <dl className="text-muted grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-[15px]">
                <dt>{t("code")}</dt>
                <dd className="text-ink font-mono font-semibold tracking-wider">
                  <span aria-hidden>{groupJoinCode(cls.joinCode)}</span>
                  <span className="sr-only">{spellJoinCode(cls.joinCode)}</span>
                </dd>
                <dt>{t("studentsLabel")}</dt>
                <dd className="text-ink tabular-nums">{t("students", { count: cls.studentCount })}</dd>
                <dt>{t("assignmentsLabel")}</dt>
                <dd className="text-ink tabular-nums">{t("assignments", { count: cls.assignmentCount })}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
