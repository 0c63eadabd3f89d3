"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "../../_results/local-time";
import { type TResults } from "./types";

/** The assignment's settings in words, so the teacher reads the results against them. */
export function SettingsSummary({ assignment: a }: { assignment: TResults["assignment"] }) {
  const t = useTranslations("results.settings");
  const tAll = useTranslations();
  const ts = useTranslations("integrity.scores");
  const tm = useTranslations("manage.settings");
  const separator = t("listSeparator");
  const source = a.handPicked
    ? t("handPicked")
    : t("drawn", {
        lessons: a.lessonIds.map((n) => tAll("learn.lesson", { n })).join(separator),
        skills: a.skills.map((s) => tAll(`skills.${s}`)).join(separator),
      });
  const rows: [string, React.ReactNode][] = [
    [
      t("items"),
      <>
        {a.maxScore === a.itemCount
          ? t("itemCount", { count: a.itemCount })
          : t("itemCountDropped", { count: a.itemCount, max: a.maxScore })}
        <span className="text-muted block text-sm">{source}</span>
      </>,
    ],
    [t("order"), a.shuffle ? t("shuffled") : t("fixedOrder")],
    [
      t("timeLimit"),
      a.timeLimitMinutes === null ? t("untimed") : t("minutes", { count: a.timeLimitMinutes }),
    ],
    [t("attempts"), t("attemptsValue", { count: a.maxAttempts })],
    [t("opens"), <LocalTime key="opens" date={a.opensAt} relative />],
    [t("due"), <LocalTime key="due" date={a.dueAt} relative />],
    [
      t("feedback"),
      <>
        {t(`feedback${a.feedback}`)}
        <span className="text-muted block text-sm">{t(`feedback${a.feedback}Hint`)}</span>
      </>,
    ],
    [
      ts("summaryLabel"),
      <>
        {ts(a.scoreRelease)}
        <span className="text-muted block text-sm">{ts(`${a.scoreRelease}Hint`)}</span>
      </>,
    ],
    [
      tm("passMark"),
      a.passPercent === null ? tm("noPassMark") : tm("passPercent", { percent: a.passPercent }),
    ],
  ];
  if (a.releasedAt !== null) rows.push([tm("released"), <LocalTime key="released" date={a.releasedAt} />]);
  return (
    <dl className="grid grid-cols-[minmax(5rem,auto)_1fr] gap-x-4 gap-y-3">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
