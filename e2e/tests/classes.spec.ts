import { expect, test, type Browser, type Page } from "@playwright/test";
import { sql } from "./db";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";

/** A second person at another computer: their own browser context, in Chinese like the first. */
async function otherBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: "zh-TW" });
  return context.newPage();
}

async function joinWith(page: Page, typed: string) {
  await page.goto("/classes");
  await page.getByLabel("加入代碼").fill(typed);
  await page.getByRole("button", { name: "加入", exact: true }).click();
}

const joinCodeOf = async (page: Page) =>
  (await page.getByTestId("join-code").getAttribute("data-code")) ?? "";

test("a teacher runs a class from code to roster, assigns drawn and picked quizzes, and a student starts one", async ({
  page: teacher,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000); // a long journey: two browsers, two assignments, an axe check on each page
  // The teacher creates a class and renames it.
  await signUp(teacher, { name: "陳老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  await expectAccessible(teacher);
  await teacher.getByLabel("班級名稱", { exact: true }).fill("中四甲班");
  await teacher.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = teacher.url();
  const classId = classUrl.split("/").pop()!;
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("中四甲班");

  await teacher.getByRole("button", { name: "重新命名" }).click();
  await teacher.getByLabel("新的班級名稱").fill("中四甲班 經濟科");
  await teacher.getByRole("button", { name: "儲存" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("中四甲班 經濟科");
  await expect(teacher.getByText("班級已改名為「中四甲班 經濟科」。")).toBeVisible();

  const firstCode = await joinCodeOf(teacher);
  expect(firstCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
  await expect(teacher.getByTestId("join-code")).toContainText(
    `${firstCode.slice(0, 3)} ${firstCode.slice(3)}`,
  );
  await expectAccessible(teacher);

  // A student joins with the code typed in lower case with a space.
  const student = await otherBrowser(browser, baseURL);
  await newStudent(student, "陳大文");
  await student.goto("/classes");
  await expectAccessible(student);
  await joinWith(student, `${firstCode.slice(0, 3).toLowerCase()} ${firstCode.slice(3).toLowerCase()}`);
  await expect(student.getByText("你已加入「中四甲班 經濟科」（老師：陳老師）。")).toBeVisible();
  await expect(student.getByTestId("joined-classes")).toContainText("中四甲班 經濟科");
  await expectAccessible(student);

  // The teacher sees them on the roster, then replaces the code.
  await teacher.reload();
  await expect(teacher.getByTestId("roster")).toContainText("陳大文");
  await teacher.getByRole("button", { name: "更換代碼" }).click();
  const rotate = teacher.getByRole("dialog", { name: "更換加入代碼？" });
  await expect(rotate).toContainText(`${firstCode.slice(0, 3)} ${firstCode.slice(3)}`);
  await expectAccessible(teacher);
  await rotate.getByRole("button", { name: "更換代碼" }).click();
  await expect(rotate).toBeHidden();
  await expect.poll(() => joinCodeOf(teacher)).not.toBe(firstCode);
  const secondCode = await joinCodeOf(teacher);
  await expect(teacher.getByTestId("roster")).toContainText("陳大文"); // members stay

  // The old code now fails for a second student, with a clear error.
  const late = await otherBrowser(browser, baseURL);
  await newStudent(late, "李小明");
  await joinWith(late, firstCode);
  await expect(late.getByRole("alert").filter({ hasText: "沒有班級使用這個代碼" })).toBeVisible();
  await expect(late.getByText("你還沒有加入任何班級。")).toBeVisible();
  await expectAccessible(late);

  // The teacher removes the first student (asked first).
  await teacher.getByRole("button", { name: "移除 陳大文" }).click();
  const remove = teacher.getByRole("dialog", { name: "把 陳大文 移出班級？" });
  await remove.getByRole("button", { name: "移除學生" }).click();
  await expect(teacher.getByText("已把 陳大文 移出班級。")).toBeVisible();
  await expect(teacher.getByText("還沒有學生。", { exact: false })).toBeVisible();

  // An assignment drawn from lesson 1, timed.
  await teacher.getByRole("link", { name: "新增作業" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("新增作業");
  await expectAccessible(teacher);
  await teacher.getByLabel("作業名稱").fill("第一課限時小測");
  await teacher.getByRole("checkbox", { name: /^第 1 課/ }).check();
  // Drawn from the practice pool: the assessment pool (the default) may not cover lesson 1.
  await teacher.getByRole("radio", { name: /^練習題/ }).check();
  await expect(teacher.getByText(/所選範圍共有 \d+ 題/)).toBeVisible();
  await teacher.getByLabel("題數").fill("5");
  await teacher.getByRole("checkbox", { name: "限時作答" }).check();
  await teacher.getByLabel("時間限制（分鐘）").fill("15");
  await teacher
    .getByRole("group", { name: "何時公布答案和解說" })
    .getByRole("radio", { name: "截止後公布" })
    .check();
  await teacher.getByRole("button", { name: "建立作業" }).click();
  await expect(teacher).toHaveURL(classUrl);
  await expect(teacher.getByRole("link", { name: "第一課限時小測", exact: true })).toBeVisible();

  // An assignment of three hand-picked items, browsed by lesson.
  await teacher.getByRole("link", { name: "新增作業" }).click();
  await teacher.getByLabel("作業名稱").fill("自選三題");
  await teacher.getByRole("radio", { name: "自選題目" }).check();
  await teacher.getByLabel("課文", { exact: true }).selectOption({ label: "第 2 課" });
  const bank = teacher.getByRole("group", { name: "題庫", exact: true });
  await expect(bank.getByText(/符合條件的題目：\d+ 題/)).toBeVisible();
  for (const n of [0, 1, 2]) await bank.getByRole("checkbox").nth(n).check();
  await expect(teacher.getByRole("heading", { name: "已選題目：3 / 50" })).toBeVisible();
  await bank.getByText("預覽選項與答案").first().click();
  await expect(bank.getByText("答案：").first()).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByRole("button", { name: "建立作業" }).click();
  await expect(teacher).toHaveURL(classUrl);
  await expect(teacher.getByRole("link", { name: "自選三題", exact: true })).toBeVisible();

  const { rows } = await sql(
    `SELECT title, "handPicked", cardinality("itemIds") AS items, "timeLimitSec", feedback::text
       FROM "Assignment" WHERE "classId" = $1 ORDER BY title`,
    [classId],
  );
  expect(rows).toEqual([
    { title: "第一課限時小測", handPicked: false, items: 5, timeLimitSec: 900, feedback: "AFTER_DUE" },
    { title: "自選三題", handPicked: true, items: 3, timeLimitSec: null, feedback: "IMMEDIATE" },
  ]);
  const picked = await sql(`SELECT "itemIds" FROM "Assignment" WHERE "classId" = $1 AND "handPicked"`, [
    classId,
  ]);
  expect((picked.rows[0] as { itemIds: string[] }).itemIds.every((id) => id.startsWith("l2-"))).toBe(true);

  // The removed student rejoins with the current code and finds the work on /assignments.
  await joinWith(student, secondCode);
  await expect(student.getByText("你已加入「中四甲班 經濟科」（老師：陳老師）。")).toBeVisible();
  await student.goto("/assignments");
  const card = student.getByTestId("my-assignment").filter({ hasText: "第一課限時小測" });
  await expect(card.getByTestId("assignment-status")).toContainText("未開始");
  await expect(card).toContainText("15 分鐘");
  await expect(student.getByTestId("my-assignment").filter({ hasText: "自選三題" })).toContainText("3 題");
  await expectAccessible(student);
  await card.getByRole("button", { name: /開始作答/ }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+$/);
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("第一課限時小測");
  await expect(student.getByTestId("countdown")).toBeVisible();

  // Back on the list, the assignment is in progress and resumes the same attempt.
  const attemptUrl = student.url();
  await student.goto("/assignments");
  await expect(card.getByTestId("assignment-status")).toContainText("作答中");
  await card.getByRole("button", { name: /繼續作答/ }).click();
  await expect(student).toHaveURL(attemptUrl);
});
