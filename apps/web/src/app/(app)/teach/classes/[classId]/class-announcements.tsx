"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";
import { ConfirmButton } from "~/components/confirm-button";
import { useClassCache } from "./use-class-mutations";

const NOTICE_MAX = 500;

/** The class's announcements: write and post a short notice; each posted one can be deleted (asked first). */
export function ClassAnnouncements({ classId, archived }: { classId: string; archived: boolean }) {
  const t = useTranslations("classes.announcements");
  const tc = useTranslations("common");
  const tr = useTranslations("classes.teach");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cache = useClassCache(classId);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const listKey = trpc.announcement.list.queryKey({ classId });
  const { data, isError, refetch } = useQuery(trpc.announcement.list.queryOptions({ classId }));
  const post = useMutation(trpc.announcement.post.mutationOptions());
  const remove = useMutation(trpc.announcement.delete.mutationOptions());

  async function onPost(event: React.FormEvent) {
    event.preventDefault();
    setNotice("");
    if (!text.trim()) return setError(cache.text("NOTICE_REQUIRED"));
    if (text.trim().length > NOTICE_MAX) return setError(cache.text("NOTICE_TOO_LONG"));
    try {
      await post.mutateAsync({ classId, notice: text });
      setText("");
      setError(null);
      setNotice(t("posted"));
      void queryClient.invalidateQueries({ queryKey: listKey });
    } catch (e) {
      setError(cache.message(e));
    }
  }

  async function onDelete(announcementId: string): Promise<string | null> {
    try {
      await remove.mutateAsync({ announcementId });
      setNotice(t("deleted"));
      await queryClient.invalidateQueries({ queryKey: listKey });
      requestAnimationFrame(() => heading.current?.focus());
      return null;
    } catch (e) {
      return cache.message(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="mb-4 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p role="status" className={notice ? "text-ok mb-3 text-[15px] font-medium" : "sr-only"}>
        {notice}
      </p>
      {archived ? (
        <p className="text-muted mb-4">{t("archived")}</p>
      ) : (
        <form onSubmit={(e) => void onPost(e)} noValidate className="card mb-4 max-w-2xl space-y-2">
          <label htmlFor={`${id}-text`} className="block font-medium">
            {t("label")}
          </label>
          <textarea
            id={`${id}-text`}
            className="field min-h-24"
            value={text}
            rows={3}
            maxLength={NOTICE_MAX + 50}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={(e) => setText(e.target.value)}
          />
          <p id={`${id}-hint`} className="text-muted flex flex-wrap justify-between gap-2 text-sm">
            <span>{t("hint")}</span>
            <span
              className={text.trim().length > NOTICE_MAX ? "text-accent-dark font-medium" : "tabular-nums"}
            >
              {t("count", { count: text.trim().length })}
            </span>
          </p>
          {error && (
            <p id={`${id}-error`} role="alert" className="text-accent-dark text-sm font-medium">
              {error}
            </p>
          )}
          <button type="submit" className="btn-primary" disabled={post.isPending}>
            {post.isPending ? t("posting") : t("post")}
          </button>
        </form>
      )}
      {!data ? (
        isError ? (
          <div role="alert" className="flex flex-wrap items-center gap-3">
            <p className="text-accent-dark">{tc("error")}</p>
            <button type="button" className="btn-secondary" onClick={() => void refetch()}>
              {tr("retry")}
            </button>
          </div>
        ) : (
          <p role="status" className="text-muted">
            {tc("loading")}
          </p>
        )
      ) : data.length === 0 ? (
        <p className="border-line text-muted rounded-xl border border-dashed p-5">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="announcements">
          {data.map((a) => (
            <li key={a.id} className="card flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 flex-1 basis-64">
                <p className="break-words whitespace-pre-line">{a.body}</p>
                <p className="text-muted mt-2 text-sm">
                  {t("by", { name: a.authorName })}
                  <span aria-hidden> · </span>
                  <LocalTime date={a.createdAt} locale={locale} />
                </p>
              </div>
              <ConfirmButton
                label={t("delete")}
                ariaLabel={t("deleteLabel", {
                  text: a.body.length > 24 ? `${a.body.slice(0, 24)}…` : a.body,
                })}
                className="btn-secondary min-h-10 px-3 text-[15px]"
                title={t("deleteTitle")}
                body={<p>{t("deleteBody")}</p>}
                confirmLabel={t("deleteConfirm")}
                onConfirm={() => onDelete(a.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
