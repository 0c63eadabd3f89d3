"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { useNow } from "~/lib/client-time";
import { PageHeader } from "~/components/page-header";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { AssignmentForm } from "./assignment-form";

/** The page around the form: which class it is for, or why it cannot be used. */
export function NewAssignment({ classId }: { classId: string }) {
  const t = useTranslations("assignments.new");
  const tc = useTranslations("classes");
  const trpc = useTRPC();
  const now = useNow();
  const { data: cls, error } = useQuery(trpc.class.get.queryOptions({ classId }));
  const back = (
    <Link
      href={cls ? `/teach/classes/${classId}` : "/teach"}
      className="text-muted hover:text-ink mb-4 inline-block text-[15px] underline-offset-4 hover:underline"
    >
      ← {cls ? cls.name : tc("class.back")}
    </Link>
  );

  if (!cls || now === null) {
    const missing = error && errorCode(error).code === "CLASS_NOT_FOUND";
    return (
      <>
        {back}
        <PageHeader title={t("title")} />
        {error ? (
          <p role="alert" className="text-accent-dark">
            {missing ? tc("notFound.body") : tc("loadError")}
          </p>
        ) : (
          <p role="status" className="text-muted">
            {tc("loading")}
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeader title={t("title")} lead={t("lead", { name: cls.name })} />
      {cls.archivedAt ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          {t("archived")}
        </p>
      ) : (
        <AssignmentForm classId={classId} now={now} />
      )}
    </>
  );
}
