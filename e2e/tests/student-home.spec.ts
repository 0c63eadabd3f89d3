import { items, toSimplified } from "@dc/content";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";
import { answerCurrent, questionCard } from "./quiz-helpers";

/*
 * Issue 14, the student's side: a home that says what to do next, notifications with a bell, the
 * whole quiz in Simplified characters, and a review that stops without a score.
 */

const SHOTS = process.env.STUDENT_SHOTS_DIR; // set to look at the home and the panel at 390 and 1280 px

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // The first screen, as a phone shows it (a full page of six lessons is mostly the lesson list).
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function joinWith(page: Page, code: string) {
  await page.goto("/classes");
  await page.getByLabel("加入代碼").fill(code);
  await page.getByRole("button", { name: "加入", exact: true }).click();
  await expect(page.getByText(/你已加入/)).toBeVisible();
}

/** Is every Chinese character of `text` already Simplified? (Traditional text changes when converted.) */
const isSimplified = (text: string) => toSimplified(text) === text;

test("the home lists due work and announcements; the bell counts notifications and marks them read", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const [teacherContext, studentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();

  const teacherEmail = uniqueEmail("teacher");
  await signUp(teacher, { name: "陳老師", email: teacherEmail, role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  await teacher.getByLabel("班級名稱", { exact: true }).fill("中四丙班");
  await teacher.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/]+$/);
  const classId = teacher.url().split("/").pop()!;
  const code = (await teacher.getByTestId("join-code").getAttribute("data-code")) ?? "";

  // A new student without a class is told how to join one.
  await newStudent(student, "何同學");
  await expect(student.getByRole("heading", { level: 1, name: "今天要做的事" })).toBeVisible();
  await expect(student.getByTestId("no-class")).toContainText("你還未加入任何班級");
  await expect(student.getByTestId("no-class").getByRole("link", { name: "加入班級" })).toHaveAttribute(
    "href",
    "/classes",
  );
  await expect(student.getByTestId("notification-bell")).toHaveAccessibleName("通知");
  await expectAccessible(student);
  await joinWith(student, code);

  // The teacher sets work due in five hours and posts a notice.
  const picked = items.filter((i) => i.pool === "assessment").slice(0, 2);
  const created = await teacher.request.post("/api/trpc/assignment.create", {
    headers: { "content-type": "application/json" },
    data: {
      json: {
        classId,
        title: "第一課小測",
        selection: { mode: "pick", itemIds: picked.map((i) => i.id) },
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        dueAt: new Date(Date.now() + 5 * 3_600_000).toISOString(),
      },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  await sql(
    `INSERT INTO "Announcement" (id, "classId", "authorId", body)
     SELECT 'e2e-' || md5(random()::text), $1, id, '明天請帶課本。' FROM "User" WHERE email = $2`,
    [classId, teacherEmail],
  );

  await student.goto("/learn");
  const due = student.getByTestId("home-assignments").getByRole("listitem").filter({ hasText: "第一課小測" });
  await expect(due).toContainText("中四丙班");
  await expect(due.getByTestId("due-countdown")).toHaveText(/還有 4 小時 5\d 分鐘|還有 5 小時 0 分鐘/);
  await expect(student.getByTestId("home-announcements")).toContainText("明天請帶課本。");
  await expect(student.getByTestId("no-class")).toHaveCount(0);

  // New assignment, due within 24 h, and the announcement: three unread.
  const bell = student.getByTestId("notification-bell");
  await expect(student.getByTestId("notification-count")).toHaveText("3");
  await expect(bell).toHaveAccessibleName("通知（3 則未讀）");
  await expectAccessible(student);
  await shoot(student, "student-home");

  await bell.click();
  const panel = student.getByTestId("notification-panel");
  await expect(panel.getByRole("heading", { name: "通知" })).toBeFocused();
  await expect(panel.getByRole("listitem")).toHaveCount(3);
  await expect(panel).toContainText("新指派測驗");
  await expect(panel).toContainText("24 小時內到期");
  await expect(panel).toContainText("班級公告");
  await expectAccessible(student);
  await shoot(student, "notifications-panel");

  const announcement = panel.getByRole("listitem").filter({ hasText: "明天請帶課本" });
  await announcement.getByRole("button", { name: "標為已讀" }).click();
  await expect(student.getByTestId("notification-count")).toHaveText("2");
  await expect(announcement).toHaveAttribute("data-read", "true");
  await panel.getByRole("button", { name: "全部標為已讀" }).click();
  await expect(student.getByTestId("notification-count")).toHaveCount(0);
  await expect(panel.locator('[data-read="false"]')).toHaveCount(0);

  // Escape closes the panel and gives the focus back to the bell; the read state survives a reload.
  await student.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();
  await student.reload();
  await expect(student.getByTestId("notification-bell")).toHaveAccessibleName("通知");
  await Promise.all([teacherContext.close(), studentContext.close()]);
});

test("a practice quiz taken wholly in Simplified, then a review stopped early without a score", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = await newStudent(page, "简同学");
  await page.goto("/learn/0");
  await page.getByRole("button", { name: "简体" }).click();
  // The interface follows the switch, not only the article.
  await expect(page.getByRole("button", { name: "练习", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await page.getByRole("button", { name: "练习", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("第 0 课・练习");

  for (let n = 1; n <= 3; n++) {
    const card = questionCard(page);
    await expect(card).toContainText(`第 ${n} 题`);
    expect(isSimplified(await card.innerText()), "prompt and choices in Simplified").toBe(true);
    await answerCurrent(page, "确认此顺序"); // the Simplified interface's label
    await page.getByRole("button", { name: "检查答案" }).click();
    await expect(page.getByRole("heading", { name: "解说" })).toBeVisible();
    const text = await card.innerText();
    expect(isSimplified(text), `feedback in Simplified: ${text}`).toBe(true);
    if (n === 1) await expectAccessible(page);
    if (n < 3) await page.getByRole("button", { name: "下一题" }).click();
  }

  // Back to Traditional; the three checked items are made due (as if their minutes had passed).
  await page.getByRole("button", { name: "繁體", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("button", { name: "下一題" })).toBeVisible();
  await sql(
    `UPDATE "ReviewCard" SET due = now() - interval '1 minute' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  await page.goto("/review");
  await expect(page.getByTestId("review-due")).toHaveText("3 題");
  await expect(page.getByText("答對的題目按間隔重複排程")).toBeVisible();
  await page.getByRole("button", { name: "開始複習" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("今日複習");

  await answerCurrent(page);
  await page.getByRole("button", { name: "檢查答案" }).click();
  await expect(page.getByRole("heading", { name: "解說" })).toBeVisible();
  // Stopping asks nothing: no exam dialog, no score. (The item's own feedback may still say 「得 50% 分數」
  // for a partly right answer: that is the item's credit, not a score of the session.)
  await page.getByRole("button", { name: "停止複習" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByTestId("review-outcome")).toHaveText("你複習了 1 題；餘下 2 題留待之後。");
  await expect(page.getByTestId("result-score")).toHaveCount(0);
  await expectAccessible(page);
  await shoot(page, "review-stopped");
});
