"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { AssignmentCard } from "./assignment-card";
import { groupByStatus } from "./status";

/** Work to do first, then work handed in; optionally one class only. */
export function MyAssignments({ initialClassId }: { initialClassId: string }) {
  const t = useTranslations("assignments");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const id = useId();
  const mine = useQuery(trpc.assignment.mine.queryOptions());
  const classes = useQuery(trpc.class.joined.queryOptions());
  const [classId, setClassId] = useState(initialClassId);

  if (!mine.data || !classes.data) {
    if (mine.isError || classes.isError) {
      return (
        <div role="alert" className="card flex flex-wrap items-center gap-4">
          <p className="text-accent-dark">{tc("error")}</p>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => void Promise.all([mine.refetch(), classes.refetch()])}
          >
            {t("retry")}
          </button>
        </div>
      );
    }
    return (
      <p role="status" className="text-muted">
        {tc("loading")}
      </p>
    );
  }

  if (classes.data.length === 0) {
    return (
      <div className="card max-w-2xl">
        <p>{t("noClasses")}</p>
        <Link href="/classes" className="btn-primary mt-4">
          {t("toClasses")}
        </Link>
      </div>
    );
  }

  const known = classes.data.some((c) => c.classId === classId);
  const list = known ? mine.data.filter((a) => a.classId === classId) : mine.data;
  const { todo, done } = groupByStatus(list);
  const section = (key: "todo" | "done", items: typeof list) => (
    <section aria-labelledby={`${id}-${key}`}>
      <h2 id={`${id}-${key}`} className="mb-4 text-xl font-semibold">
        {t(`${key}Heading`)} <span className="text-muted font-normal tabular-nums">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="border-line text-muted rounded-xl border border-dashed p-5">{t(`${key}Empty`)}</p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {items.map((a) => (
            <AssignmentCard key={a.id} assignment={a} />
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <div className="space-y-10">
      {classes.data.length > 1 && (
        <div className="max-w-xs space-y-1.5">
          <label htmlFor={`${id}-class`} className="block font-medium">
            {t("filterClass")}
          </label>
          <select
            id={`${id}-class`}
            className="field"
            value={known ? classId : ""}
            onChange={(e) => setClassId(e.target.value)}
          >
            <option value="">{t("allClasses")}</option>
            {classes.data.map((c) => (
              <option key={c.classId} value={c.classId}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {list.length === 0 ? (
        <p className="border-line text-muted rounded-xl border border-dashed p-5">{t("empty")}</p>
      ) : (
        <>
          {section("todo", todo)}
          {section("done", done)}
        </>
      )}
    </div>
  );
}
