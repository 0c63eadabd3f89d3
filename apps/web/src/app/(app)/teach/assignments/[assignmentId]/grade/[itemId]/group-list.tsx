"use client";

import { useTranslations } from "next-intl";
import { type TGroup } from "./types";

/** The groups in order, each with its size and whether it is graded; the current one marked. */
export function GroupList({
  groups,
  current,
  groupsLeft,
  onPick,
}: {
  groups: readonly TGroup[];
  current: number;
  groupsLeft: number;
  onPick: (index: number) => void;
}) {
  const t = useTranslations("results.grading");
  return (
    <nav aria-labelledby="grading-groups" className="card self-start p-3">
      <h2 id="grading-groups" className="px-2 font-semibold">
        {t("groupsHeading")}
      </h2>
      <p className="text-muted px-2 text-sm">{t("groupsLeft", { count: groupsLeft })}</p>
      <ol className="mt-2 flex gap-1 overflow-x-auto lg:max-h-[60vh] lg:flex-col lg:overflow-y-auto">
        {groups.map((g, i) => {
          const done = g.graded === g.size;
          return (
            <li key={g.key} className="shrink-0">
              <button
                type="button"
                onClick={() => onPick(i)}
                aria-current={i === current ? "true" : undefined}
                aria-label={t("groupLabel", { number: i + 1, size: g.size, graded: g.graded })}
                className={`flex w-full items-center gap-2 rounded-lg px-2 py-2 text-left text-sm ${
                  i === current ? "bg-accent-soft ring-accent font-semibold ring-2" : "hover:bg-stone-100"
                }`}
              >
                <span aria-hidden className={done ? "text-ok" : "text-muted"}>
                  {done ? "✓" : "○"}
                </span>
                <span>{t("groupShort", { number: i + 1 })}</span>
                <span className="text-muted ml-auto">{t("size", { size: g.size })}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
