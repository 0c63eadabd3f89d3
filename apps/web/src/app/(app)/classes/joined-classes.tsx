"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "~/components/local-time";

/** The classes the student is in, each with its teacher and a way to its assignments. */
export function JoinedClasses() {
  const t = useTranslations("classes.student");
  const tc = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const { data, isError } = useQuery(trpc.class.joined.queryOptions());

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold">
        {t("listHeading")}
      </h2>
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
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="joined-classes">
          {data.map((cls) => (
            <li key={cls.classId} className="card">
              <h3 className="text-lg font-semibold break-words">{cls.name}</h3>
              <p className="text-muted mt-1 text-[15px]">
                {t("teacher", { name: cls.teacherName })}
                <span aria-hidden> · </span>
                <span className="whitespace-nowrap">
                  {t("joinedOn")} <LocalTime date={cls.joinedAt} locale={locale} dateOnly />
                </span>
              </p>
              <Link
                href={`/assignments?class=${encodeURIComponent(cls.classId)}`}
                className="text-accent-dark mt-3 inline-block font-medium underline underline-offset-4"
              >
                {t("classAssignments")}
                <span className="sr-only">{t("ofClass", { name: cls.name })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
