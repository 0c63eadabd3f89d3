"use client";

import { useMutation } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { ConfirmButton } from "~/components/confirm-button";
import type { TClassDetail } from "./types";
import { useClassCache } from "./use-class-mutations";

/** The class's name with renaming in place, and archiving (asked first) or unarchiving. */
export function ClassTitle({ cls }: { cls: TClassDetail }) {
  const t = useTranslations("classes.class");
  const trpc = useTRPC();
  const cache = useClassCache(cls.id);
  const id = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(cls.name);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const rename = useMutation(trpc.class.rename.mutationOptions());
  const archive = useMutation(trpc.class.archive.mutationOptions());
  const archived = cls.archivedAt !== null;

  function stopEditing() {
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => renameButton.current?.focus());
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(cache.text("NAME_REQUIRED"));
    try {
      const view = await rename.mutateAsync({ classId: cls.id, name: trimmed });
      cache.update(view);
      setNotice(t("renamed", { name: view.name }));
      stopEditing();
    } catch (e) {
      setError(cache.message(e));
    }
  }

  async function setArchived(value: boolean): Promise<string | null> {
    try {
      cache.update(await archive.mutateAsync({ classId: cls.id, archived: value }));
      setNotice(value ? t("archivedDone") : t("unarchivedDone"));
      return null;
    } catch (e) {
      return cache.message(e);
    }
  }

  return (
    <header className="space-y-4">
      <Link
        href="/teach"
        className="text-muted hover:text-ink inline-block text-[15px] underline-offset-4 hover:underline"
      >
        ← {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="font-serif text-3xl font-bold tracking-tight break-words">{cls.name}</h1>
          {archived && (
            <p className="mt-2 w-fit rounded-full border border-stone-300 bg-stone-100 px-2.5 py-0.5 text-sm text-stone-800">
              {t("archivedBadge")}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          {!editing && (
            <button
              ref={renameButton}
              type="button"
              className="btn-secondary"
              onClick={() => {
                setName(cls.name);
                setEditing(true);
              }}
            >
              {t("rename")}
            </button>
          )}
          {!cls.isOwner ? null : archived ? (
            <button
              type="button"
              className="btn-secondary"
              disabled={archive.isPending}
              onClick={() => void setArchived(false)}
            >
              {t("unarchive")}
            </button>
          ) : (
            <ConfirmButton
              label={t("archive")}
              title={t("archiveTitle", { name: cls.name })}
              body={<p>{t("archiveBody")}</p>}
              confirmLabel={t("archiveConfirm")}
              onConfirm={() => setArchived(true)}
            />
          )}
        </div>
      </div>
      {editing && (
        <form onSubmit={(e) => void save(e)} noValidate className="card max-w-xl space-y-3">
          <label htmlFor={`${id}-name`} className="block font-medium">
            {t("renameLabel")}
          </label>
          <input
            id={`${id}-name`}
            className="field"
            value={name}
            maxLength={120}
            autoComplete="off"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") stopEditing();
            }}
          />
          <p id={`${id}-error`} role="alert" className={error ? "text-accent-dark text-sm font-medium" : ""}>
            {error ?? ""}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary" disabled={rename.isPending}>
              {rename.isPending ? t("saving") : t("save")}
            </button>
            <button type="button" className="btn-secondary" onClick={stopEditing}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
      {archived && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          {t("archivedNotice")}
        </p>
      )}
      <p role="status" className={notice ? "text-ok w-full text-[15px] font-medium" : "sr-only"}>
        {notice}
      </p>
    </header>
  );
}
