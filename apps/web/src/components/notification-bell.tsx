"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "~/components/link";
import { useTRPC } from "~/trpc/react";

const REFRESH_MS = 60_000;

/**
 * The student's bell: the unread count on the button, and a panel listing the notifications (derived
 * on the server from assignments, results and announcements), each marked read when opened, or all
 * at once. Escape or a click outside closes the panel and gives the focus back to the bell.
 */
export function NotificationBell() {
  const t = useTranslations("nav.notifications");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useQuery({ ...trpc.notification.list.queryOptions(), refetchInterval: REFRESH_MS });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey() });
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions({ onSuccess: refresh }));
  const unread = list.data?.unread ?? 0;

  const close = (focusBell: boolean) => {
    setOpen(false);
    if (focusBell) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close(true);
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread ? t("bellUnread", { count: unread }) : t("bell")}
        onClick={() => (open ? close(true) : setOpen(true))}
        className="border-line relative grid min-h-9 min-w-9 place-items-center rounded-lg border bg-white hover:bg-stone-100"
        data-testid="notification-bell"
      >
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" strokeLinejoin="round" />
          <path d="M10.3 20a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
        </svg>
        {unread > 0 && (
          <span
            aria-hidden
            className="bg-accent-dark absolute -top-1.5 -right-1.5 grid min-w-5 place-items-center rounded-full px-1 text-xs font-bold text-white"
            data-testid="notification-count"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-labelledby={`${panelId}-title`}
          className="border-line fixed inset-x-3 top-16 z-40 max-h-[70vh] overflow-y-auto rounded-2xl border bg-white p-4 shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-96"
          data-testid="notification-panel"
        >
          <div className="flex items-center gap-3">
            <h2
              id={`${panelId}-title`}
              ref={heading}
              tabIndex={-1}
              className="font-serif text-lg font-bold focus:outline-none"
            >
              {t("title")}
            </h2>
            {unread > 0 && (
              <button
                type="button"
                className="text-accent-dark ml-auto min-h-9 text-sm underline underline-offset-4"
                onClick={() => markAll.mutate()}
                disabled={markAll.isPending}
              >
                {t("markAll")}
              </button>
            )}
          </div>
          {list.isError && !list.data ? (
            <p role="alert" className="text-accent-dark mt-3">
              {t("loadError")}
            </p>
          ) : !list.data ? (
            <p role="status" className="text-muted mt-3">
              {t("loading")}
            </p>
          ) : list.data.items.length === 0 ? (
            <p className="text-muted mt-3">{t("empty")}</p>
          ) : (
            <ul className="divide-line mt-2 divide-y">
              {list.data.items.map((n) => (
                <li key={n.key} className="flex items-start gap-2 py-2" data-read={n.read}>
                  <span
                    aria-hidden
                    className={`mt-2 size-2 shrink-0 rounded-full ${n.read ? "bg-transparent" : "bg-accent-dark"}`}
                  />
                  <div className="min-w-0 flex-1">
                    <Link
                      href={n.href}
                      className={`block break-words hover:underline ${n.read ? "text-muted" : "font-semibold"}`}
                      onClick={() => {
                        if (!n.read) markRead.mutate({ keys: [n.key] });
                        setOpen(false);
                      }}
                    >
                      <span className="sr-only">{n.read ? t("read") : t("unread")}: </span>
                      {t(`kind.${n.kind.replace(".", "_")}` as "kind.announcement")}
                      {"："}
                      <span className="line-clamp-2">{n.text}</span>
                    </Link>
                    <p className="text-muted text-xs">{n.className}</p>
                  </div>
                  {!n.read && (
                    <button
                      type="button"
                      className="text-muted hover:text-ink min-h-8 shrink-0 text-xs underline underline-offset-2"
                      onClick={() => markRead.mutate({ keys: [n.key] })}
                    >
                      {t("markOne")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
