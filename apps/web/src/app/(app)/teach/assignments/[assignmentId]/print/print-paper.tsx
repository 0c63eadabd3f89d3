"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { useIsClient } from "../../../_results/local-time";
import { PaperItem } from "./paper-item";
import { LoadState } from "../manage/load-state";
import { PrintToolbar } from "./print-toolbar";
import styles from "./print.module.css";

/**
 * The quiz on paper, in the teacher's order (not shuffled), with lines for the student's name, class
 * and number; the teacher's copy adds each key and explanation.
 */
export function PrintPaper({ assignmentId, withKeys }: { assignmentId: string; withKeys: boolean }) {
  const t = useTranslations("manage.print");
  const locale = useLocale();
  const trpc = useTRPC();
  const client = useIsClient();
  const query = useQuery(trpc.assignment.get.queryOptions({ assignmentId }));
  const a = query.data;
  if (!a || !client) return <LoadState query={query} />;
  return (
    <>
      <PrintToolbar assignmentId={assignmentId} hint={withKeys ? t("keyHint") : t("paperHint")} />
      <article className={styles.sheet} aria-labelledby="paper-title">
        <header className={`${styles.heading} mb-4 space-y-2 border-b-2 border-stone-900 pb-3`}>
          <p className="text-sm">{a.className}</p>
          <h1 id="paper-title" className="font-serif text-2xl font-bold">
            {a.title}
            {withKeys && <span className="ml-3 text-base font-semibold">{t("teacherCopy")}</span>}
          </h1>
          <p className="text-sm">
            {t("facts", {
              count: a.itemCount,
              minutes: a.timeLimitMinutes ?? 0,
              timed: a.timeLimitMinutes === null ? "no" : "yes",
            })}
          </p>
          {!withKeys && (
            <p className="flex flex-wrap gap-x-6 gap-y-2 pt-1">
              {(["name", "class", "number", "date"] as const).map((field) => (
                <span key={field}>
                  {t(`fields.${field}`)}{" "}
                  <span className={styles.line} style={{ minWidth: field === "name" ? "10rem" : "4rem" }} />
                </span>
              ))}
            </p>
          )}
        </header>
        <ol className="list-none">
          {a.items.map(({ item, answerText }, index) => (
            <PaperItem
              key={item.id}
              n={index + 1}
              item={item}
              answerText={answerText}
              locale={locale}
              withKey={withKeys}
            />
          ))}
        </ol>
      </article>
    </>
  );
}
