"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "~/components/local-time";
import { ConfirmButton } from "~/components/confirm-button";
import { StudentAnnouncements } from "./student-announcements";

/**
 * The classes the student is in, each with its teacher, its announcements, a way to its assignments,
 * and leaving it (asked first, saying what happens).
 */
export function JoinedClasses() {
  const t = useTranslations("classes.student");
  const tc = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState("");
  const { data, isError } = useQuery(trpc.class.joined.queryOptions());
  const announcements = useQuery(trpc.announcement.mine.queryOptions({ limit: 50 }));
  const leave = useMutation(trpc.class.leave.mutationOptions());

  async function leaveClass(cls: { classId: string; name: string }): Promise<string | null> {
    try {
      await leave.mutateAsync({ classId: cls.classId });
      setNotice(t("left", { name: cls.name }));
      await queryClient.invalidateQueries({ queryKey: trpc.class.joined.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.announcement.mine.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.assignment.mine.pathKey() });
      requestAnimationFrame(() => heading.current?.focus());
      return null;
    } catch (e) {
      const { code } = errorCode(e);
      return t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.generic") : t("errors.generic");
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="mb-4 text-xl font-semibold">
        {t("listHeading")}
      </h2>
      <p role="status" className={notice ? "text-ok mb-3 text-[15px] font-medium" : "sr-only"}>
        {notice}
      </p>
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
            <li key={cls.classId} className="card flex flex-col">
              <h3 className="text-lg font-semibold break-words">{cls.name}</h3>
              <p className="text-muted mt-1 text-[15px]">
                {t("teacher", { name: cls.teacherName })}
                <span aria-hidden> · </span>
                <span className="whitespace-nowrap">
                  {t("joinedOn")} <LocalTime date={cls.joinedAt} locale={locale} dateOnly />
                </span>
              </p>
              <StudentAnnouncements
                className={cls.name}
                query={announcements}
                items={announcements.data?.filter((a) => a.classId === cls.classId)}
              />
              <div className="mt-auto flex flex-wrap items-center justify-between gap-3 pt-4">
                <Link
                  href={`/assignments?class=${encodeURIComponent(cls.classId)}`}
                  className="text-accent-dark inline-block font-medium underline underline-offset-4"
                >
                  {t("classAssignments")}
                  <span className="sr-only">{t("ofClass", { name: cls.name })}</span>
                </Link>
                <ConfirmButton
                  label={t("leave")}
                  ariaLabel={t("leaveLabel", { name: cls.name })}
                  className="btn-secondary min-h-10 px-3 text-[15px]"
                  title={t("leaveTitle", { name: cls.name })}
                  body={
                    <>
                      <p>{t("leaveBody")}</p>
                      <p>{t("leaveKeep")}</p>
                      <p>{t("leaveRejoin")}</p>
                    </>
                  }
                  confirmLabel={t("leaveConfirm")}
                  onConfirm={() => leaveClass(cls)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
