import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAccountCli, sql } from "./db";
import { expectAccessible, newStudent, PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

/** Another person at another computer, in Chinese like the first. */
async function otherBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: "zh-TW" });
  return context.newPage();
}

/** Screenshots of a page at a phone's and a desktop's width, when SCREENSHOTS_DIR asks for them. */
async function shoot(page: Page, name: string) {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

async function editMember(teacher: Page, name: string) {
  await teacher.getByRole("button", { name: `修改 ${name} 的學號及特別安排` }).click();
  return teacher.getByRole("form", { name: `${name} 的學號及特別安排` });
}

test("a class through the week: class numbers, a standing accommodation, announcements, a co-teacher, a student leaving", async ({
  page: teacher,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000); // a week's journey, four people, on a small shared machine
  await signUp(teacher, { name: "陳老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  await teacher.getByLabel("班級名稱", { exact: true }).fill("中五乙班");
  await teacher.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = teacher.url();
  const classId = classUrl.split("/").pop()!;
  const code = (await teacher.getByTestId("join-code").getAttribute("data-code")) ?? "";

  const ho = await otherBrowser(browser, baseURL);
  const ma = await otherBrowser(browser, baseURL);
  for (const [page, name] of [
    [ho, "何志明"],
    [ma, "馬小玲"],
  ] as const) {
    await newStudent(page, name);
    await page.goto("/classes");
    await page.getByLabel("加入代碼").fill(code);
    await page.getByRole("button", { name: "加入", exact: true }).click();
    await expect(page.getByTestId("joined-classes")).toContainText("中五乙班");
  }

  // Class numbers and a standing accommodation, set on the roster.
  await teacher.reload();
  const roster = teacher.getByTestId("roster");
  await expect(roster.getByTestId("roster-row")).toHaveCount(2);
  let form = await editMember(teacher, "何志明");
  await form.getByLabel("學號").fill("2");
  await form.getByLabel("額外時間（百分比）").fill("25");
  await expectAccessible(teacher);
  await form.getByRole("button", { name: "儲存" }).click();
  await expect(form.getByText("已儲存 何志明 的設定。")).toBeVisible();
  await expect(roster.getByTestId("roster-row").filter({ hasText: "何志明" })).toContainText(
    "特別安排：加時 25%",
  );
  await expect(roster).not.toContainText("加 0");

  form = await editMember(teacher, "馬小玲");
  await form.getByLabel("學號").fill("2");
  await form.getByRole("button", { name: "儲存" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "學號 2 已屬於 何志明。請先更改他的學號，或選另一個號碼。",
  );
  await shoot(teacher, "roster-member-form");
  await form.getByLabel("學號").fill("1");
  await form.getByRole("button", { name: "儲存" }).click();
  await expect(form.getByText("已儲存 馬小玲 的設定。")).toBeVisible();
  await expect(roster.getByTestId("roster-row").first()).toContainText("1 號");
  await expect(roster.getByTestId("roster-row").first()).toContainText("馬小玲");
  await expect(roster.getByTestId("roster-row").nth(1)).toContainText("何志明");

  // A NEW assignment, timed at 20 minutes: 何志明's timer gives 25.
  await teacher.getByRole("link", { name: "新增作業" }).click();
  await teacher.getByLabel("作業名稱").fill("第一課小測");
  await teacher.getByRole("checkbox", { name: /^第 1 課/ }).check();
  await teacher.getByRole("radio", { name: /^練習題/ }).check();
  await expect(teacher.getByText(/所選範圍共有 \d+ 題/)).toBeVisible();
  await teacher.getByLabel("題數").fill("3");
  await teacher.getByRole("checkbox", { name: "限時作答" }).check();
  await teacher.getByLabel("時間限制（分鐘）").fill("20");
  await teacher.getByRole("button", { name: "建立作業" }).click();
  await expect(teacher).toHaveURL(classUrl);

  await ho.goto("/assignments");
  const card = ho.getByTestId("my-assignment").filter({ hasText: "第一課小測" });
  await expect(card).toContainText("25 分鐘");
  await card.getByRole("button", { name: /開始作答/ }).click();
  await expect(ho).toHaveURL(/\/attempts\/[^/]+$/);
  await expect(ho.getByTestId("countdown")).toHaveText(/^(25:00|24:\d\d)$/);
  const attemptId = ho.url().split("/attempts/")[1]!;
  const { rows } = await sql(
    `SELECT extract(epoch FROM deadline - "startedAt")::int AS seconds FROM "Attempt" WHERE id = $1`,
    [attemptId],
  );
  expect(rows[0]).toEqual({ seconds: 1500 });

  // The gradebook lists students by class number.
  await teacher.goto(`${classUrl}/gradebook`);
  const gradebookRows = teacher.locator("tbody tr");
  await expect(gradebookRows).toHaveCount(2);
  await expect(gradebookRows.nth(0).locator("th")).toContainText("1 號馬小玲");
  await expect(gradebookRows.nth(1).locator("th")).toContainText("2 號何志明");
  await expectAccessible(teacher);
  await shoot(teacher, "gradebook");

  // An announcement, posted and read.
  await teacher.goto(classUrl);
  await teacher.getByLabel("給全班的通告").fill("明天測驗第一課，\n請帶計算機。");
  await teacher.getByRole("button", { name: "發布通告" }).click();
  await expect(teacher.getByText("通告已發布。")).toBeVisible();
  await expect(teacher.getByTestId("announcements")).toContainText("明天測驗第一課，");
  await ma.goto("/classes");
  await expect(ma.getByTestId("student-announcements")).toContainText("請帶計算機。");
  await expectAccessible(ma);
  await shoot(ma, "student-classes");

  // A co-teacher: added by email, then sees and runs the class.
  const coEmail = uniqueEmail("teacher");
  createAccountCli({ role: "teacher", email: coEmail, name: "李老師", password: PASSWORD });
  await teacher.getByLabel("老師的電郵或登入名稱").fill("nobody@e2e.test");
  await teacher.getByRole("button", { name: "新增共同任教老師" }).click();
  await expect(teacher.getByText("找不到使用這個電郵或登入名稱的已確認教師帳戶。")).toBeVisible();
  await teacher.getByLabel("老師的電郵或登入名稱").fill(coEmail);
  await teacher.getByRole("button", { name: "新增共同任教老師" }).click();
  await expect(teacher.getByText("已新增 李老師 為共同任教老師。")).toBeVisible();
  await expect(teacher.getByTestId("co-teachers")).toContainText("李老師");
  await expectAccessible(teacher);
  await shoot(teacher, "class-page");

  const co = await otherBrowser(browser, baseURL);
  await signIn(co, coEmail);
  await expect(co).toHaveURL(/\/teach$/);
  await expect(co.getByText("共同任教 · 班主：陳老師")).toBeVisible();
  await expectAccessible(co);
  await shoot(co, "teach-list-co-teacher");
  await co.getByRole("link", { name: "中五乙班" }).click();
  await expect(co.getByRole("heading", { level: 1 })).toHaveText("中五乙班");
  await expect(co.getByTestId("roster")).toContainText("何志明");
  await expect(co.getByRole("button", { name: "封存班級" })).toHaveCount(0);
  await expect(co.getByLabel("老師的電郵或登入名稱")).toHaveCount(0);
  await expect(co.getByTestId("announcements")).toContainText("請帶計算機。");

  // A student leaves: asked first, told what happens; the roster shows that they left.
  await ma.getByRole("button", { name: "離開「中五乙班」" }).click();
  const dialog = ma.getByRole("dialog", { name: "離開「中五乙班」？" });
  await expect(dialog).toContainText("你已交的作業和成績會保留給老師。");
  await expect(dialog).toContainText("可以用老師給你的加入代碼重新加入");
  await expectAccessible(ma);
  await dialog.getByRole("button", { name: "離開班級" }).click();
  await expect(ma.getByText("你已離開「中五乙班」。")).toBeVisible();
  await expect(ma.getByText("你還沒有加入任何班級。")).toBeVisible();

  await teacher.reload();
  await expect(teacher.getByTestId("roster-row")).toHaveCount(1);
  await expect(teacher.getByTestId("former-members")).toContainText("馬小玲");
  await expect(teacher.getByTestId("former-members")).toContainText("自行離開");
  const left = await sql(
    `SELECT "leftByStudent", "removedAt" IS NOT NULL AS gone FROM "Enrollment" WHERE "classId" = $1 AND "leftByStudent"`,
    [classId],
  );
  expect(left.rows).toEqual([{ leftByStudent: true, gone: true }]);
  await expectAccessible(teacher);
});
