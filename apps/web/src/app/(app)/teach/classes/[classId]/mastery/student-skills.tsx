"use client";

import { useLocale, useTranslations } from "next-intl";
import { LevelIcon } from "~/components/charts/level-icon";
import { formatShare } from "../../../_results/format";
import { type TMastery } from "./types";

type TStudent = TMastery["students"][number];

/** Students by skills, weakest first (those who have answered nothing at the top): who is behind, and where. */
export function StudentSkills({ students }: { students: TStudent[] }) {
  const t = useTranslations("results.mastery");
  const tAll = useTranslations();
  const tLevels = useTranslations("progress.map.levels");
  const locale = useLocale();
  const sorted = [...students].sort(
    (a, b) => (a.mastery ?? -1) - (b.mastery ?? -1) || a.student.name.localeCompare(b.student.name, locale),
  );
  const skills = students[0]?.skills.map((s) => s.skill) ?? [];
  const cell = (m: { mastery: number | null; answered: number; level: TStudent["level"] }) => (
    <span className="flex items-center justify-end gap-1.5" title={tLevels(m.level)}>
      <LevelIcon level={m.level} size={14} />
      <span>{m.mastery === null ? "—" : formatShare(m.mastery, locale)}</span>
      <span className="sr-only">{t("cellSr", { level: tLevels(m.level), count: m.answered })}</span>
    </span>
  );
  return (
    <div
      role="region"
      aria-labelledby="student-skills-caption"
      tabIndex={0}
      className="relative overflow-x-auto"
    >
      <table className="w-full min-w-[36rem] text-left text-sm tabular-nums">
        <caption id="student-skills-caption" className="sr-only">
          {t("studentsHeading")}
        </caption>
        <thead className="border-line text-muted border-b bg-stone-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("colStudent")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("colOverall")}
            </th>
            {skills.map((s) => (
              <th key={s} scope="col" className="px-3 py-2 text-right font-medium">
                {tAll(`skills.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <tr key={s.student.id} className="border-line border-b last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">
                {s.student.name}
                <span className="text-muted block text-xs font-normal">
                  {t("answeredItems", { count: s.answered })}
                </span>
              </th>
              <td className="px-3 py-2 text-right font-semibold">{cell(s)}</td>
              {s.skills.map((k) => (
                <td key={k.skill} className="px-3 py-2 text-right">
                  {cell(k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
