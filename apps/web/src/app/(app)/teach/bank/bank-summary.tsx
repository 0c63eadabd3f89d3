"use client";

import { SKILLS } from "@dc/content/constants";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";

export function BankSummary() {
  const trpc = useTRPC();
  const t = useTranslations();
  const { data } = useSuspenseQuery(trpc.bank.summary.queryOptions());
  return (
    <div className="card overflow-x-auto p-0">
      <table className="w-full min-w-[520px] text-left">
        <caption className="sr-only">{t("teach.lead")}</caption>
        <thead className="border-line text-muted border-b bg-stone-50 text-sm">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("teach.lessonCol")}
            </th>
            {SKILLS.map((s) => (
              <th key={s} scope="col" className="px-4 py-3 text-right font-medium">
                {t(`skills.${s}`)}
              </th>
            ))}
            <th scope="col" className="px-4 py-3 text-right font-medium">
              {t("teach.total")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {data.rows.map((row) => (
            <tr key={row.lessonId} className="border-line border-b last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">
                {t("learn.lesson", { n: row.lessonId })}
              </th>
              {SKILLS.map((s) => (
                <td key={s} className="px-4 py-3 text-right">
                  {row.bySkill[s]}
                </td>
              ))}
              <td className="px-4 py-3 text-right font-semibold">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-line border-t bg-stone-50">
            <th scope="row" className="px-4 py-3">
              {t("teach.total")}
            </th>
            <td colSpan={SKILLS.length} />
            <td className="px-4 py-3 text-right font-bold" data-testid="bank-total">
              {data.total}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
