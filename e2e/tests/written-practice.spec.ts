import { items, type TItem } from "@dc/content";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";
import { expectAllSaved, questionCard } from "./quiz-helpers";
import { trpcMutate } from "./trpc";

/*
 * Issue 16, practice: a student writes an explanation in Chinese, checks it, sees the model answer
 * and the rubric, marks their own answer with the keyboard, and the review schedule follows the
 * share of points they gave themselves.
 */

const SHOTS = process.env.WRITTEN_SHOTS_DIR; // set to look at the pages at 390 and 1280 px

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

type TWritten = Extract<TItem, { type: "written" }>;
const written = items.find((i): i is TWritten => i.type === "written" && i.pool === "practice")!;
const total = written.rubric.reduce((sum, c) => sum + c.points, 0);
const ANSWER = "中國的外需受到疫情和貿易摩擦打擊，所以要擴大內需，以國內大循環為主體。";

test("a written practice item: write, check, see the model answer and rubric, self-grade by keyboard, review follows", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = await newStudent(page, "自評同學");
  await page.goto(`/learn/${written.lessonId}`);
  await page.getByRole("button", { name: "練習", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  const attemptId = page.url().split("/attempts/")[1]!;
  // Practice draws ten of the lesson's items and puts a written one last; make sure this one is there.
  await sql(
    `UPDATE "Attempt" SET "itemIds" = "itemIds"[1:array_length("itemIds", 1) - 1] || ARRAY[$1]
     WHERE id = $2 AND NOT ($1 = ANY ("itemIds"))`,
    [written.id, attemptId],
  );
  await page.reload();
  const count = await page.getByRole("button", { name: /^第 \d+ 題/ }).count();
  await page.getByRole("button", { name: new RegExp(`^第 ${count} 題`) }).click();

  const card = questionCard(page);
  await expect(card).toContainText(written.prompt.zh);
  const field = card.getByRole("textbox", { name: `你的答案（共 ${total} 分）` });
  await expect(field).toHaveAttribute("lang", "zh-Hant");
  await field.click();
  await page.keyboard.insertText(ANSWER);
  await expect(card.getByText(`${ANSWER.length}/1000 字`)).toBeVisible();
  // Before the check, nothing of the key is on the page.
  expect(await page.content()).not.toContain(written.modelAnswer.zh);
  await expect(page.getByTestId("save-status")).toHaveText(/所有答案已儲存/, { timeout: 15_000 });

  await card.getByRole("button", { name: "檢查答案" }).click();
  await expect(card.getByRole("heading", { name: "參考答案" })).toBeVisible();
  await expect(card.getByText(written.modelAnswer.zh)).toBeVisible();
  await expect(card.getByRole("heading", { name: "評分準則" })).toBeVisible();
  await expect(field).toHaveAttribute("readonly", "");
  const selfGrade = card.getByRole("group", { name: "對照參考答案：你的答案達到哪些準則？" });
  await expect(selfGrade.getByRole("checkbox")).toHaveCount(written.rubric.length);
  await expectAccessible(page);
  await shoot(page, "written-self-grade");

  // The keyboard only: the first criterion with Space, Tab past the second, then send with Enter.
  const [first] = written.rubric as [TWritten["rubric"][0]];
  await selfGrade.getByRole("checkbox").first().focus();
  await page.keyboard.press("Space");
  await expect(selfGrade.getByRole("checkbox").first()).toBeChecked();
  await expect(card.getByText(`已剔選 ${first.points}/${total} 分`)).toBeVisible();
  for (let n = 1; n < written.rubric.length; n++) await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "提交自評" })).toBeFocused();
  await page.keyboard.press("Enter");

  const marking = page.getByTestId("written-marking");
  await expect(marking.getByRole("heading", { name: `你的自評：${first.points}/${total} 分` })).toBeVisible();
  await expect(marking.getByText(/^✓ 達到$/)).toHaveCount(1);
  await expect(marking.getByText(/^✗ 未達到$/)).toHaveCount(written.rubric.length - 1);
  await expect(page.getByText(/部分正確/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "解說" })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "written-self-graded");

  // Part of the points: FSRS "Hard", so it comes back within minutes, not days.
  const card1 = await sql(
    `SELECT due, reps FROM "ReviewCard" WHERE "itemId" = $1 AND "userId" = (SELECT id FROM "User" WHERE email = $2)`,
    [written.id, email],
  );
  expect(card1.rows).toHaveLength(1);
  const due = new Date((card1.rows[0] as { due: Date }).due).getTime();
  expect(due - Date.now()).toBeLessThan(60 * 60_000);
  const grade = await sql(`SELECT "selfGraded", "criteriaMet" FROM "WrittenGrade" WHERE "attemptId" = $1`, [
    attemptId,
  ]);
  expect(grade.rows).toEqual([{ selfGraded: true, criteriaMet: [first.id] }]);

  // Once due, review offers the item again: written afresh, to be self-graded again.
  await sql(
    `UPDATE "ReviewCard" SET due = now() - interval '1 minute' WHERE "itemId" = $1 AND "userId" = (SELECT id FROM "User" WHERE email = $2)`,
    [written.id, email],
  );
  await page.goto("/review");
  await expect(page.getByTestId("review-due")).toHaveText("1 題");
  await page.getByRole("button", { name: "開始複習" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(questionCard(page)).toContainText(written.prompt.zh);
  await expect(questionCard(page).getByRole("textbox", { name: /你的答案/ })).toHaveValue("");
});

const assessed = items.find((i): i is TWritten => i.type === "written" && i.pool === "assessment")!;
const single = items.find((i) => i.type === "single" && i.pool === "assessment")!;

test("a teacher picks a written item; the student's submitted work says it awaits grading, keys only on release", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const [teacherContext, studentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();
  await signUp(teacher, { name: "李老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  const cls = await trpcMutate<{ id: string; joinCode: string }>(teacher, "class.create", {
    name: "中四丁班",
  });

  // The picker offers written items by type, with the rubric in the preview.
  await teacher.goto(`/teach/classes/${cls.id}/assignments/new`);
  await teacher.getByRole("radio", { name: /自選題目/ }).check();
  await teacher.getByRole("combobox", { name: "題型" }).selectOption({ label: "文字作答" });
  const bankItem = teacher.getByRole("listitem").filter({ hasText: assessed.prompt.zh });
  await expect(bankItem).toContainText("題型：文字作答");
  await bankItem.getByText("預覽選項與答案").click();
  await expect(bankItem.getByRole("heading", { name: "評分準則" })).toBeVisible();
  await expect(bankItem).toContainText(assessed.rubric[0]!.description.zh);
  await expectAccessible(teacher);
  await shoot(teacher, "written-picker");

  await newStudent(student, "文同學");
  await trpcMutate(student, "class.join", { code: cls.joinCode });
  const created = await trpcMutate<{ id: string }>(teacher, "assignment.create", {
    classId: cls.id,
    title: "解釋雙循環",
    selection: { mode: "pick", itemIds: [single.id, assessed.id] },
    shuffle: false,
    dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    feedback: "AFTER_DUE",
    scoreRelease: "IMMEDIATE",
  });

  await student.goto("/assignments");
  await student.getByRole("button", { name: /開始作答/ }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+$/);
  await questionCard(student).getByRole("radio").first().check();
  await student.getByRole("button", { name: "下一題" }).click();
  await questionCard(student).getByRole("textbox").fill("以內循環為主，外循環為輔：因為外需不再可靠。");
  await expectAllSaved(student);
  await student.getByRole("button", { name: "交卷" }).click();
  await student.getByRole("dialog", { name: "確定交卷？" }).getByRole("button", { name: "確定交卷" }).click();

  await expect(student.getByTestId("result-score")).toHaveText(/^自動評分部分 [01]\/1，另有 1 題待批改$/);
  await expect(student.getByTestId("written-pending")).toHaveText(/待批改/);
  expect(await student.content()).not.toContain(assessed.modelAnswer.zh);
  await expectAccessible(student);
  await shoot(student, "written-pending-results");
  const attemptUrl = student.url();

  await student.goto("/assignments");
  await expect(student.getByText("待批改（文字作答）")).toBeVisible();

  // Released: the model answer and rubric are shown; the answer still waits for the teacher.
  await trpcMutate(teacher, "assignment.releaseNow", { assignmentId: created.id });
  await student.goto(attemptUrl);
  await expect(student.getByRole("heading", { name: "參考答案" })).toBeVisible();
  await expect(student.getByText(assessed.modelAnswer.zh)).toBeVisible();
  await expect(student.getByTestId("written-pending")).toHaveText(/待批改/);
  await shoot(student, "written-released-pending");
  await Promise.all([teacherContext.close(), studentContext.close()]);
});
