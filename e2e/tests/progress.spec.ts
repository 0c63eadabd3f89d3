import { expect, test } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

test("a new student finds guidance and the mastery definition on /progress, and nothing due on /review", async ({
  page,
}) => {
  await signUp(page, { name: "張小華", email: uniqueEmail("student"), role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "學習進度" })).toBeVisible();
  // The dashboard is fetched in the browser with its time zone; the empty state replaces the charts.
  await expect(page.getByRole("heading", { name: "還沒有作答紀錄" })).toBeVisible();
  await expect(page.getByRole("link", { name: "開始第 0 課" })).toHaveAttribute("href", "/learn/0");
  await expect(page.getByTestId("mastery-definition")).toContainText(
    "掌握度 = 你對該能力每一道已作答題目最近一次作答的平均得分；未作答的題目不計入，旁邊顯示已作答題數。",
  );
  await expect(page.getByTestId("summary-due")).toHaveText("0 題");
  await expect(page.getByTestId("summary-read")).toHaveText("0 / 6");
  await expect(page.getByTestId("summary-mastery")).toHaveText("未作答");
  await expect(page.getByRole("main").getByRole("img")).toHaveCount(0); // no empty charts
  await expect(page.getByRole("link", { name: /第 1 課/ }).first()).toHaveAttribute("href", "/learn/1");
  await expectAccessible(page);

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "複習" })).toBeVisible();
  await expect(page.getByTestId("review-due")).toHaveText("0 題");
  await expect(page.getByTestId("review-total")).toHaveText("0 題");
  await expect(page.getByText(/FSRS/)).toBeVisible();
  const start = page.getByRole("button", { name: "開始複習" });
  await expect(start).toBeDisabled();
  await expect(start).toHaveAccessibleDescription(/現在還沒有題目要複習/);
  // Still reachable by keyboard so the reason is heard, but pressing it starts nothing.
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByTestId("review-due")).toHaveText("0 items");
  await page.goto("/progress");
  await expect(page.getByTestId("mastery-definition")).toContainText(
    "Mastery = the average score of your most recent answer to each item of this skill you have answered",
  );
  await expectAccessible(page);
});
