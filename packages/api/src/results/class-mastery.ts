import { getItem, items, LESSON_IDS, lessons, paragraphs, SKILLS } from "@dc/content";
import { type Db } from "@dc/db";
import { ownedClass } from "../classes/owned-class";
import { levelOf, masteryBy, type TLatestAnswer } from "../progress/mastery";
import { rosterOf } from "./class-roster";

const WEAK_ITEMS = 10;

/**
 * What a class knows, to see what to reteach: by skill, lesson and paragraph of the article (with
 * the same colour bands as a student's own map), per student by skill, and the items the class
 * misses most. Each student's latest final answer to each item counts once (as in a student's own
 * mastery); an item's class score is the mean over the students who answered it, and a group's
 * mastery the mean over its answered items. `scope`: ALL counts every final answer of the class's
 * students (practice, lesson quizzes, review, assignments); ASSIGNMENTS only this class's assignments.
 * Two queries.
 */
export async function classMastery(
  db: Db,
  teacherId: string,
  input: { classId: string; scope?: "ALL" | "ASSIGNMENTS" },
) {
  const cls = await ownedClass(db, teacherId, input.classId);
  const scope = input.scope ?? "ALL";
  const onlyAssignments = scope === "ASSIGNMENTS";
  const [students, latest] = await Promise.all([
    rosterOf(db, cls.id),
    db.$queryRaw<{ studentId: string; itemId: string; score: number }[]>`
      SELECT DISTINCT ON (t."userId", a."itemId") t."userId" AS "studentId", a."itemId", a.score
      FROM "Answer" a
      JOIN "Attempt" t ON t.id = a."attemptId"
      JOIN "Enrollment" e ON e."studentId" = t."userId" AND e."classId" = ${cls.id} AND e."removedAt" IS NULL
      WHERE a.score IS NOT NULL
        AND (${!onlyAssignments} OR t."assignmentId" IN (SELECT id FROM "Assignment" WHERE "classId" = ${cls.id}))
      ORDER BY t."userId", a."itemId", a."lockedAt" DESC NULLS LAST`,
  ]);

  // The class's score of each item: the mean of its students' latest answers.
  const perItem = new Map<string, { sum: number; students: number }>();
  const perStudent = new Map<string, TLatestAnswer[]>();
  for (const row of latest) {
    if (!getItem(row.itemId)) continue; // an item retired from the bank
    const entry = perItem.get(row.itemId) ?? { sum: 0, students: 0 };
    entry.sum += row.score;
    entry.students += 1;
    perItem.set(row.itemId, entry);
    perStudent.set(row.studentId, [
      ...(perStudent.get(row.studentId) ?? []),
      { itemId: row.itemId, score: row.score },
    ]);
  }
  const classLatest: TLatestAnswer[] = [...perItem].map(([itemId, e]) => ({
    itemId,
    score: e.sum / e.students,
  }));
  const bySkill = masteryBy(items, classLatest, (i) => i.skill);
  const byLesson = masteryBy(items, classLatest, (i) => i.lessonId);
  const byParagraph = masteryBy(items, classLatest, (i) => i.source.paragraphId);
  const withLevel = <T extends { mastery: number | null }>(m: T) => ({ ...m, level: levelOf(m.mastery) });

  return {
    class: { id: cls.id, name: cls.name },
    scope,
    studentCount: students.length,
    skills: SKILLS.map((skill) => ({ skill, ...withLevel(bySkill.get(skill)!) })),
    lessons: LESSON_IDS.map((lessonId) => ({
      lessonId,
      title: lessons.find((l) => l.id === lessonId)?.title ?? null,
      ...withLevel(byLesson.get(lessonId)!),
    })),
    paragraphs: paragraphs.map((p) => ({
      paragraphId: p.id,
      sectionId: p.sectionId,
      ...withLevel(byParagraph.get(p.id) ?? { mastery: null, answered: 0, total: 0 }),
    })),
    students: students.map((student) => {
      const mine = perStudent.get(student.id) ?? [];
      const skills = masteryBy(items, mine, (i) => i.skill);
      const overall = masteryBy(items, mine, () => "all").get("all")!;
      return {
        student,
        ...withLevel(overall),
        skills: SKILLS.map((skill) => ({ skill, ...withLevel(skills.get(skill)!) })),
      };
    }),
    /** The items with the lowest class score (at least one answer), to reteach first. */
    weakItems: [...perItem]
      .map(([itemId, e]) => ({ itemId, mastery: e.sum / e.students, students: e.students }))
      .sort((a, b) => a.mastery - b.mastery || b.students - a.students || a.itemId.localeCompare(b.itemId))
      .slice(0, WEAK_ITEMS)
      .map((w) => {
        const item = getItem(w.itemId)!;
        return {
          ...w,
          lessonId: item.lessonId,
          skill: item.skill,
          type: item.type,
          prompt: item.prompt,
          paragraphId: item.source.paragraphId,
        };
      }),
  };
}
