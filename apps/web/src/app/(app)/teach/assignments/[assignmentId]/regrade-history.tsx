"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "../../_results/local-time";
import { RegradeChanges } from "./regrade-changes";
import { type TResultItem } from "./types";

/** Every correction of this assignment, newest first, with the grades each one changed. */
export function RegradeHistory({ assignmentId, items }: { assignmentId: string; items: TResultItem[] }) {
  const t = useTranslations("results.correction");
  const trpc = useTRPC();
  const history = useQuery(trpc.assignment.regrades.queryOptions({ assignmentId }));
  const positionOf = new Map(items.map((i) => [i.itemId, i.position]));
  return (
    <div className="border-line mt-8 border-t pt-6">
      <h3 className="font-serif text-lg font-bold">{t("historyHeading")}</h3>
      {!history.data ? (
        <p role={history.isError ? "alert" : "status"} className="text-muted mt-2">
          {history.isError ? t("loadError") : t("loading")}
        </p>
      ) : history.data.length === 0 ? (
        <p className="text-muted mt-2">{t("historyNone")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {history.data.map((r) => (
            <li key={r.regradeId} className="border-line rounded-xl border p-4">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-semibold">
                  {t("historyItem", { n: positionOf.get(r.itemId) ?? "?", action: t(`state.${r.action}`) })}
                </span>
                <span className="text-muted text-sm">
                  <LocalTime date={r.createdAt} />
                </span>
              </p>
              <p className="mt-1">{t("historyReason", { reason: r.reason })}</p>
              {r.changes.length === 0 ? (
                <p className="text-muted mt-1 text-sm">{t("historyNoChanges")}</p>
              ) : (
                <details className="mt-1">
                  <summary className="text-accent-dark w-fit cursor-pointer text-sm font-medium">
                    {t("historyChanges", { count: r.changes.length })}
                  </summary>
                  <RegradeChanges changes={r.changes} className="mt-2" />
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
