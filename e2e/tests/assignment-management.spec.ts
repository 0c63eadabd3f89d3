import { items } from "@dc/content";
import { expect, test, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { sql } from "./db";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";
import { answerCurrent, expectAllSaved, questionCard } from "./quiz-helpers";
import { trpcMutate, trpcQuery } from "./trpc";

/*
 * Issue 14, teachers: edit, duplicate and delete an assignment, preview it as a student (nothing
 * recorded), release keys before the due time, a pass mark in the gradebook, and the printed paper.
 */

const TITLE = "第二課小測";
/** Three single-choice items of lesson 1: a student answers each by ticking a choice. */
const PICKS = items
  .filter((i) => i.lessonId === 1 && i.type === "single")
  .slice(0, 3)
  .map((i) => i.id);

/** With E2E_SHOTS=<folder>, saves the page at a phone's and a desktop's width, for a person to look at. */
async function shoot(page: Page, name: string) {
  const folder = process.env.E2E_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

/** A URL ending in this path (the origin is the test server's). */
const at = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Rows an attempt writes: the preview must add none. */
async function traces(assignmentId: string, teacherEmail: string) {
  const { rows } = await sql(
    `SELECT
       (SELECT count(*) FROM "Attempt" WHERE "assignmentId" = $1)::int AS attempts,
       (SELECT count(*) FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId" WHERE t."assignmentId" = $1)::int AS answers,
       (SELECT count(*) FROM "KeyRelease" k JOIN "Attempt" t ON t.id = k."attemptId" WHERE t."assignmentId" = $1)::int AS releases,
       (SELECT count(*) FROM "Attempt" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $2)::int AS teacher`,
    [assignmentId, teacherEmail],
  );
  return rows[0] as { attempts: number; answers: number; releases: number; teacher: number };
}

test("a teacher edits, previews, releases, duplicates, prints and deletes an assignment", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const [teacherContext, studentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();
  const teacherEmail = uniqueEmail("teacher");
  await signUp(teacher, { name: "李老師", email: teacherEmail, role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  type TClass = { id: string; joinCode: string };
  const classA = await trpcMutate<TClass>(teacher, "class.create", { name: "中五甲班" });
  const classB = await trpcMutate<TClass>(teacher, "class.create", { name: "中五乙班" });
  await newStudent(student, "黃小明");
  await trpcMutate(student, "class.join", { code: classA.joinCode });
  const created = await trpcMutate<{ id: string }>(teacher, "assignment.create", {
    classId: classA.id,
    title: TITLE,
    selection: { mode: "pick", itemIds: PICKS },
    shuffle: false,
    dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    feedback: "AFTER_DUE",
    scoreRelease: "AFTER_DUE",
  });
  const page = `/teach/assignments/${created.id}`;

  // The student takes it: scores and keys are withheld until the due time.
  await student.goto("/assignments");
  await student.getByRole("button", { name: /開始作答/ }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+$/);
  const attemptUrl = student.url();
  for (let n = 1; n <= PICKS.length; n++) {
    await answerCurrent(student);
    if (n < PICKS.length) await student.getByRole("button", { name: "下一題" }).click();
  }
  await expectAllSaved(student);
  await student.getByRole("button", { name: "交卷" }).click();
  await student.getByRole("dialog", { name: "確定交卷？" }).getByRole("button", { name: "確定交卷" }).click();
  await expect(student.getByTestId("result-score")).toHaveText("老師設定暫不公布分數。");

  // Edit: the items are fixed; the note says what each change does to the attempt already made.
  await teacher.goto(page);
  await teacher.getByRole("link", { name: "編輯設定" }).click();
  await expect(teacher).toHaveURL(at(`${page}/edit`));
  await expect(teacher.getByText("共 3 題，於建立作業時已固定。")).toBeVisible();
  const effects = teacher.getByRole("region", { name: /這些更改對已有的 1 次作答/ });
  await expect(effects).toContainText("尚未作出任何更改。");
  await teacher.getByLabel("合格分數（%）").fill("101");
  await teacher.getByRole("button", { name: "儲存更改" }).click();
  await expect(teacher.getByText("合格分數須為 1 至 100 的整數。").first()).toBeVisible();
  await teacher.getByLabel("合格分數（%）").fill("50");
  await teacher.getByLabel("作業名稱").fill(`${TITLE}（修訂）`);
  await expect(effects).toContainText("合格與否會即時重新判斷");
  await expectAccessible(teacher);
  await shoot(teacher, "edit");
  await teacher.getByRole("button", { name: "儲存更改" }).click();
  await expect(teacher).toHaveURL(at(page));
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`${TITLE}（修訂）`);
  await expect(teacher.getByRole("region", { name: "作業設定" })).toContainText("總分的 50%");

  // The gradebook judges the score against the pass mark.
  await teacher.goto(`/teach/classes/${classA.id}/gradebook`);
  await expect(teacher.getByText("合格分數 50%")).toBeVisible();
  const cell = teacher.getByRole("row", { name: /黃小明/ }).getByTestId("grade-cell");
  type TBook = { rows: { cells: { passed: boolean | null; percent: number | null }[] }[] };
  const book = await trpcQuery<TBook>(teacher, "results.gradebook", { classId: classA.id });
  const mine = book.rows[0]!.cells[0]!;
  expect(mine.passed).toBe(mine.percent! >= 50);
  await expect(cell).toContainText(mine.passed ? "合格" : "不合格");

  // Preview as a student: the same player and items, a clear label, and nothing recorded.
  const before = await traces(created.id, teacherEmail);
  await teacher.goto(page);
  await teacher.getByRole("link", { name: "以學生身份預覽" }).click();
  await expect(teacher).toHaveURL(at(`${page}/preview`));
  await expect(teacher.getByRole("heading", { level: 1 })).toContainText("預覽");
  await expect(teacher.getByRole("note")).toContainText("不會記錄任何內容");
  await answerCurrent(teacher);
  await teacher.getByRole("button", { name: "核對答案（預覽）" }).click();
  await expect(
    questionCard(teacher)
      .getByText(/答對了|答錯了|部分正確|正確答案/)
      .first(),
  ).toBeVisible();
  await expectAccessible(teacher);
  await shoot(teacher, "preview");
  await teacher.getByRole("button", { name: "提交預覽" }).click();
  await expect(teacher.getByRole("heading", { name: /預覽得分：\d+ \/ 3/ })).toBeFocused();
  expect(await traces(created.id, teacherEmail)).toEqual(before);
  expect(before.teacher).toBe(0);

  // Release now: the student sees the score and keys before the due time.
  await teacher.goto(page);
  await teacher.getByRole("button", { name: "立即公布答案" }).click();
  const release = teacher.getByRole("dialog", { name: "立即公布答案及分數？" });
  await expect(release).toContainText("已交卷的 1 位學生會立即看到分數");
  await expectAccessible(teacher);
  await release.getByRole("button", { name: "立即公布" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "答案及分數已提早公布給學生" })).toBeVisible();
  await expect(teacher.getByRole("button", { name: "立即公布答案" })).toHaveCount(0);
  await student.goto(attemptUrl);
  await expect(student.getByTestId("result-score")).toContainText("/ 3");
  expect((await traces(created.id, teacherEmail)).releases).toBe(3);

  // Print: the paper without keys, on A4, without the app's navigation and buttons.
  await teacher.getByRole("link", { name: "列印試卷" }).click();
  await expect(teacher).toHaveURL(at(`${page}/print/paper`));
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`${TITLE}（修訂）`);
  await expect(teacher.getByRole("listitem").filter({ hasText: "答案：" })).toHaveCount(0);
  await expectAccessible(teacher);
  await shoot(teacher, "print-paper");
  await teacher.emulateMedia({ media: "print" });
  await expect(teacher.getByRole("button", { name: "列印" })).toBeHidden();
  await expect(teacher.getByRole("banner")).toBeHidden();
  const pdf = await teacher.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  if (process.env.E2E_SHOTS) {
    await teacher.screenshot({ path: `${process.env.E2E_SHOTS}/print-paper-print.png`, fullPage: true });
  }
  await teacher.emulateMedia({ media: "screen" });
  await teacher.getByRole("link", { name: "教師答案版" }).click();
  await expect(teacher.getByText("答案：").first()).toBeVisible();
  await shoot(teacher, "print-key");
  await teacher.getByRole("link", { name: "全班成績" }).click();
  await expect(teacher.getByRole("row", { name: /黃小明/ })).toContainText(mine.passed ? "合格" : "不合格");
  await expectAccessible(teacher);
  await shoot(teacher, "print-results");

  // Duplicate to the other class, with new dates.
  await teacher.goto(page);
  await teacher.getByRole("link", { name: "複製", exact: true }).click();
  await expect(teacher).toHaveURL(at(`${page}/duplicate`));
  await teacher.getByLabel("班別").selectOption({ label: "中五乙班" });
  await teacher.getByLabel("作業名稱").fill("第二課小測（乙班）");
  await expectAccessible(teacher);
  await shoot(teacher, "duplicate");
  await teacher.getByRole("button", { name: "建立副本" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("第二課小測（乙班）");
  const copyUrl = teacher.url();
  await expect(teacher.getByRole("link", { name: "中五乙班" })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "作業設定" })).toContainText("總分的 50%");

  // Deleting the copy loses nothing; deleting the original says what is lost.
  await teacher.getByRole("button", { name: "刪除", exact: true }).click();
  const deleteCopy = teacher.getByRole("dialog", { name: "刪除「第二課小測（乙班）」？" });
  await expect(deleteCopy).toContainText("未有學生開始作答");
  await deleteCopy.getByRole("button", { name: "刪除", exact: true }).click();
  await expect(teacher).toHaveURL(at(`/teach/classes/${classB.id}`));
  expect(copyUrl).not.toBe(page);
  await teacher.goto(page);
  await teacher.getByRole("button", { name: "刪除", exact: true }).click();
  const deleteOriginal = teacher.getByRole("dialog", { name: `刪除「${TITLE}（修訂）」？` });
  await expect(deleteOriginal).toContainText("1 位學生的 1 次作答會被刪除");
  await expectAccessible(teacher);
  await shoot(teacher, "delete-dialog");
  await deleteOriginal.getByRole("button", { name: "刪除連同 1 次作答" }).click();
  await expect(teacher).toHaveURL(at(`/teach/classes/${classA.id}`));
  expect(await traces(created.id, teacherEmail)).toMatchObject({ attempts: 0, answers: 0, releases: 0 });

  await Promise.all([teacherContext.close(), studentContext.close()]);
});
