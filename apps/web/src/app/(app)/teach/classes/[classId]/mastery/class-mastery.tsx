"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { localized } from "~/lib/localized";
import { useTRPC } from "~/trpc/react";
import { ParagraphMap } from "~/components/paragraph-map";
import { Section } from "~/components/sections";
import { ClassTabs } from "../../../_results/class-tabs";
import { useReportData } from "../../../_results/report-data";
import { MasteryBars } from "./mastery-bars";
import { ParagraphText } from "./paragraph-text";
import { StudentSkills } from "./student-skills";
import { type TScope } from "./types";
import { WeakItems } from "./weak-items";

/** What the class knows, by skill, lesson and paragraph of the article; who is behind; what to reteach. */
export function ClassMastery({ classId }: { classId: string }) {
  const t = useTranslations("results.mastery");
  const tAll = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const [scope, setScope] = useState<TScope>("ALL");
  const query = useQuery({
    ...trpc.results.mastery.queryOptions({ classId, scope }),
    placeholderData: keepPreviousData,
  });
  const report = useReportData(query);
  if (!report.data) return report.placeholder;
  const data = report.data;
  const lessonTitles = data.lessons
    .filter((l) => l.title !== null)
    .map((l) => ({ id: l.lessonId, title: l.title! }));
  const lessonName = (id: number) => {
    const title = data.lessons.find((l) => l.lessonId === id)?.title;
    return title
      ? t("lessonName", { n: id, title: localized(title, locale) })
      : tAll("learn.lesson", { n: id });
  };
  const answeredAny = data.skills.some((s) => s.answered > 0);

  return (
    <>
      <PageHeader title={t("title", { name: data.class.name })} lead={t("lead")} />
      <ClassTabs classId={classId} />
      <fieldset className="mb-6">
        <legend className="font-medium">{t("scope")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {(["ALL", "ASSIGNMENTS"] as const).map((s) => (
            <label
              key={s}
              className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 ${scope === s ? "border-accent bg-accent-soft" : "border-line bg-white"}`}
            >
              <input
                type="radio"
                name="mastery-scope"
                value={s}
                checked={scope === s}
                onChange={() => setScope(s)}
                className="size-4"
              />
              <span>
                <span className="block font-medium">{t(`scope${s}`)}</span>
                <span className="text-muted block text-sm">{t(`scope${s}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
        <p className="text-muted mt-2 text-sm" aria-live="polite">
          {query.isPlaceholderData ? t("updating") : t("definition", { students: data.studentCount })}
        </p>
      </fieldset>
      {!answeredAny ? (
        <p className="card">{data.studentCount === 0 ? t("noStudents") : t("noAnswers")}</p>
      ) : (
        <div className="flex flex-col gap-8">
          <div className="grid gap-8 lg:grid-cols-2">
            <Section id="mastery-skills" title={t("skillsHeading")} lead={t("skillsLead")}>
              <MasteryBars
                name={t("skillsHeading")}
                rows={data.skills.map((s) => ({ key: s.skill, name: tAll(`skills.${s.skill}`), ...s }))}
              />
            </Section>
            <Section id="mastery-lessons" title={t("lessonsHeading")} lead={t("lessonsLead")}>
              <MasteryBars
                name={t("lessonsHeading")}
                rows={data.lessons.map((l) => ({
                  key: String(l.lessonId),
                  name: tAll("learn.lesson", { n: l.lessonId }),
                  ...l,
                }))}
              />
            </Section>
          </div>
          <Section id="mastery-map" title={t("mapHeading")} lead={t("mapLead")}>
            <ParagraphMap paragraphs={data.paragraphs} lessonTitles={lessonTitles} />
            <ParagraphText paragraphs={data.paragraphs} lessonName={lessonName} />
          </Section>
          <Section id="mastery-weak" title={t("weakHeading")} lead={t("weakLead")}>
            <WeakItems items={data.weakItems} lessonName={lessonName} />
          </Section>
          <Section id="mastery-students" title={t("studentsHeading")} lead={t("studentsLead")}>
            <StudentSkills students={data.students} />
          </Section>
        </div>
      )}
    </>
  );
}
