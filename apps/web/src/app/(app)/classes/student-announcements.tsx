"use client";

import { type UseQueryResult } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { LocalTime } from "~/components/local-time";

type TAnnouncement = { id: string; body: string; createdAt: Date; authorName: string };

/** One class's announcements on the student's class card, newest first (the three newest shown). */
export function StudentAnnouncements({
  className,
  query,
  items,
}: {
  className: string;
  query: Pick<UseQueryResult, "isError">;
  items: TAnnouncement[] | undefined;
}) {
  const t = useTranslations("classes.student");
  const tc = useTranslations("common");
  const locale = useLocale();
  return (
    <section aria-label={t("announcementsOf", { name: className })} className="mt-4">
      <h4 className="text-[15px] font-semibold">{t("announcements")}</h4>
      {!items ? (
        query.isError ? (
          <p role="alert" className="text-accent-dark text-sm">
            {tc("error")}
          </p>
        ) : (
          <p role="status" className="text-muted text-sm">
            {tc("loading")}
          </p>
        )
      ) : items.length === 0 ? (
        <p className="text-muted text-sm">{t("noAnnouncements")}</p>
      ) : (
        <ul className="mt-2 space-y-2" data-testid="student-announcements">
          {items.slice(0, 3).map((a) => (
            <li key={a.id} className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2">
              <p className="break-words whitespace-pre-line">{a.body}</p>
              <p className="text-muted mt-1 text-sm">
                {a.authorName}
                <span aria-hidden> · </span>
                <LocalTime date={a.createdAt} locale={locale} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
