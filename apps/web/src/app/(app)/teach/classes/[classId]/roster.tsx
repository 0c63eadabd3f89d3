"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { LocalTime } from "~/components/local-time";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/react";
import { ConfirmButton } from "~/components/confirm-button";
import { FormerMembers } from "./former-members";
import { MemberSettings } from "./member-settings";
import { standingText } from "./standing-text";
import { putSlips } from "./slip-store";
import type { TClassDetail } from "./types";
import { useClassCache } from "./use-class-mutations";

/**
 * The class's current students by class number, then name: each one's number and standing
 * accommodation can be edited; removing one is asked first and says what it means. Former members
 * (left or removed) follow.
 */
export function Roster({ cls }: { cls: TClassDetail }) {
  const t = useTranslations("classes.roster");
  const locale = useLocale();
  const trpc = useTRPC();
  const cache = useClassCache(cls.id);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState("");
  const remove = useMutation(trpc.class.removeStudent.mutationOptions());
  const reset = useMutation(trpc.class.resetStudentPassword.mutationOptions());
  const tr = useTranslations("roster");
  const tm = useTranslations("classes.member");
  const [editing, setEditing] = useState<string | null>(null);
  const router = useRouter();

  async function resetPassword(student: { id: string; classNumber: number | null }): Promise<string | null> {
    try {
      const slip = await reset.mutateAsync({ studentId: student.id });
      // The one-time password is shown once, on a printable slip.
      putSlips(cls.id, { className: cls.name, slips: [{ ...slip, classNumber: student.classNumber }] });
      router.push(`/teach/classes/${cls.id}/slips`);
      return null;
    } catch (e) {
      return cache.message(e);
    }
  }

  async function removeStudent(student: { id: string; name: string }): Promise<string | null> {
    try {
      await remove.mutateAsync({ classId: cls.id, studentId: student.id });
      setNotice(t("removed", { name: student.name }));
      cache.refresh();
      // The row and its button go away: keep the keyboard in the roster.
      requestAnimationFrame(() => heading.current?.focus());
      return null;
    } catch (e) {
      return cache.message(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="mb-4 text-xl font-semibold">
        {t("heading")} <span className="text-muted font-normal tabular-nums">({cls.studentCount})</span>
      </h2>
      <p role="status" className={notice ? "text-ok mb-3 text-[15px] font-medium" : "sr-only"}>
        {notice}
      </p>
      {cls.students.length === 0 ? (
        <p className="border-line text-muted rounded-xl border border-dashed p-5">{t("empty")}</p>
      ) : (
        <ul className="card divide-line divide-y p-0" data-testid="roster">
          {cls.students.map((student) => {
            const standing = standingText(tm, student.standing);
            const formId = `${id}-member-${student.id}`;
            return (
              <li
                key={student.id}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-5 py-3"
                data-testid="roster-row"
              >
                <div className="min-w-0">
                  <p className="font-medium break-words">
                    {student.classNumber !== null && (
                      <span className="text-muted mr-2 tabular-nums">
                        {tr("number", { n: student.classNumber })}
                      </span>
                    )}
                    {student.name}
                  </p>
                  <p className="text-muted text-sm break-all">
                    {student.email ?? student.loginId}
                    <span aria-hidden> · </span>
                    <span className="whitespace-nowrap">
                      {t("joined")} <LocalTime date={student.joinedAt} locale={locale} dateOnly />
                    </span>
                  </p>
                  {standing && (
                    <p className="mt-1 w-fit rounded-full border border-sky-200 bg-sky-50 px-2.5 py-0.5 text-sm text-sky-900">
                      {tm("standing", { parts: standing })}
                    </p>
                  )}
                </div>
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    className="btn-secondary min-h-10 px-3 text-[15px]"
                    aria-expanded={editing === student.id}
                    aria-controls={formId}
                    aria-label={editing === student.id ? undefined : tm("editLabel", { name: student.name })}
                    onClick={() => setEditing((v) => (v === student.id ? null : student.id))}
                  >
                    {editing === student.id ? tm("close") : tm("edit")}
                  </button>
                  <ConfirmButton
                    label={tr("reset")}
                    ariaLabel={tr("resetLabel", { name: student.name })}
                    className="btn-secondary min-h-10 px-3 text-[15px]"
                    title={tr("resetTitle", { name: student.name })}
                    body={<p>{tr("resetBody")}</p>}
                    confirmLabel={tr("reset")}
                    onConfirm={() => resetPassword(student)}
                  />
                  <ConfirmButton
                    label={t("remove")}
                    ariaLabel={t("removeLabel", { name: student.name })}
                    className="btn-secondary min-h-10 px-3 text-[15px]"
                    title={t("removeTitle", { name: student.name })}
                    body={
                      <>
                        <p>{t("removeBody", { name: student.name })}</p>
                        <p>{t("removeRejoin")}</p>
                      </>
                    }
                    confirmLabel={t("removeConfirm")}
                    onConfirm={() => removeStudent(student)}
                  />
                </div>
                {editing === student.id && <MemberSettings id={formId} cls={cls} student={student} />}
              </li>
            );
          })}
        </ul>
      )}
      <FormerMembers former={cls.former} />
    </section>
  );
}
