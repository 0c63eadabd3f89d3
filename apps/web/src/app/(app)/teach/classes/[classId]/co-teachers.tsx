"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { FormField } from "~/components/form-field";
import { ConfirmButton } from "~/components/confirm-button";
import type { TClassDetail } from "./types";
import { useClassCache } from "./use-class-mutations";
import { useTRPC } from "~/trpc/react";

/**
 * The class's co-teachers. The owner adds one by email or login id and removes them (asked first);
 * a co-teacher sees who owns the class and who else teaches it.
 */
export function CoTeachers({ cls }: { cls: TClassDetail }) {
  const t = useTranslations("classes.coTeachers");
  const trpc = useTRPC();
  const cache = useClassCache(cls.id);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [who, setWho] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const add = useMutation(trpc.class.addCoTeacher.mutationOptions());
  const remove = useMutation(trpc.class.removeCoTeacher.mutationOptions());

  async function onAdd(event: React.FormEvent) {
    event.preventDefault();
    setNotice("");
    if (!who.trim()) return setError(cache.text("TEACHER_REQUIRED"));
    try {
      const { teacher } = await add.mutateAsync({ classId: cls.id, teacher: who.trim() });
      setError(null);
      setWho("");
      setNotice(t("added", { name: teacher.name }));
      cache.refresh();
    } catch (e) {
      setError(cache.message(e));
    }
  }

  async function onRemove(teacher: { id: string; name: string }): Promise<string | null> {
    try {
      await remove.mutateAsync({ classId: cls.id, teacherId: teacher.id });
      setNotice(t("removed", { name: teacher.name }));
      cache.refresh();
      requestAnimationFrame(() => heading.current?.focus());
      return null;
    } catch (e) {
      return cache.message(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-muted mb-4 max-w-3xl text-[15px]">{cls.isOwner ? t("intro") : t("coIntro")}</p>
      <p role="status" className={notice ? "text-ok mb-3 text-[15px] font-medium" : "sr-only"}>
        {notice}
      </p>
      <ul className="card divide-line divide-y p-0" data-testid="co-teachers">
        <li className="px-5 py-3">
          <span className="font-medium">{t("ownerLine", { name: cls.ownerName })}</span>
        </li>
        {cls.coTeachers.length === 0 ? (
          <li className="text-muted px-5 py-3">{t("empty")}</li>
        ) : (
          cls.coTeachers.map((teacher) => (
            <li
              key={teacher.id}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-5 py-3"
            >
              <div className="min-w-0">
                <p className="font-medium break-words">{teacher.name}</p>
                {teacher.email && <p className="text-muted text-sm break-all">{teacher.email}</p>}
              </div>
              {cls.isOwner && (
                <ConfirmButton
                  label={t("remove")}
                  ariaLabel={t("removeLabel", { name: teacher.name })}
                  className="btn-secondary min-h-10 px-3 text-[15px]"
                  title={t("removeTitle", { name: teacher.name })}
                  body={<p>{t("removeBody", { name: teacher.name })}</p>}
                  confirmLabel={t("removeConfirm")}
                  onConfirm={() => onRemove(teacher)}
                />
              )}
            </li>
          ))
        )}
      </ul>
      {cls.isOwner && (
        <form
          onSubmit={(e) => void onAdd(e)}
          noValidate
          className="mt-4 flex max-w-xl flex-wrap items-end gap-3"
        >
          <div className="min-w-0 flex-1 basis-64">
            <FormField
              id={`${id}-who`}
              label={t("addLabel")}
              hint={t("addHint")}
              error={error}
              value={who}
              maxLength={254}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setWho(e.target.value)}
            />
          </div>
          <button type="submit" className="btn-primary mb-7" disabled={add.isPending}>
            {add.isPending ? t("adding") : t("add")}
          </button>
        </form>
      )}
    </section>
  );
}
