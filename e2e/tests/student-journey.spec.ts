import { expect, test } from "@playwright/test";
import { expectAccessible, newStudent } from "./helpers";
import { answerCurrent, expectAllSaved, expectNoKeysIn, itemIdsIn, questionCard } from "./quiz-helpers";

test("practice gives feedback after each answer and links to the paragraph that proves it", async ({
  page,
}) => {
  await newStudent(page, "練習生");
  await page.goto("/learn/0");
  await page.getByRole("button", { name: "練習", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("第 0 課・練習");

  // Before checking, the page holds no key or explanation.
  expectNoKeysIn(await page.content(), itemIdsIn(await page.content()));

  await page.getByRole("button", { name: "檢查答案" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("先作答");
  await answerCurrent(page);
  await page.getByRole("button", { name: "檢查答案" }).click();
  const feedback = page.getByRole("heading", { name: "解說" });
  await expect(feedback).toBeVisible();
  await expect(page.getByText(/答對了|答錯了|部分正確/).first()).toBeVisible();
  await expectAccessible(page);

  const source = page.getByRole("link", { name: /看原文/ });
  const href = await source.getAttribute("href");
  expect(href).toMatch(/^\/learn\/0#s0-p1$/);
  await source.click();
  await expect(page).toHaveURL(/\/learn\/0#s0-p1$/);
  await expect(page.locator("#s0-p1")).toBeVisible();
});

test("a quiz keeps every answer through a reload and a dropped connection, is scored once, and feeds review and the dashboard", async ({
  page,
  context,
}) => {
  await newStudent(page, "測驗生");
  await page.goto("/learn/1");
  await page.getByRole("button", { name: "測驗", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  const url = page.url();

  // The server-rendered page carries no key for any of its items.
  const html = await (await page.request.get(url)).text();
  expectNoKeysIn(html, itemIdsIn(html));

  await answerCurrent(page);
  await page.getByRole("button", { name: "下一題" }).click();
  await answerCurrent(page);
  await expectAllSaved(page);

  await page.reload();
  await expect(page.getByRole("button", { name: /第 1 題（已作答）/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /第 2 題（已作答）/ })).toBeVisible();

  // A second tab resumes the same attempt instead of starting another.
  const second = await context.newPage();
  await second.goto("/learn/1");
  await second.getByRole("button", { name: "測驗", exact: true }).click();
  await expect(second).toHaveURL(url);
  await second.close();

  // Offline: the answer is kept on the device and sent when the connection returns.
  await page.getByRole("button", { name: /第 3 題/ }).click();
  await context.setOffline(true);
  await answerCurrent(page);
  await expect(page.getByTestId("save-status")).toContainText(/離線|待送出/, { timeout: 15_000 });
  await context.setOffline(false);
  await expectAllSaved(page);
  await page.reload();
  await expect(page.getByRole("button", { name: /第 3 題（已作答）/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "交卷" }).click();
  const dialog = page.getByRole("dialog", { name: "確定交卷？" });
  await expect(dialog).toContainText("還有 7 題未作答");
  await dialog.getByRole("button", { name: "確定交卷" }).click();
  await expect(page.getByTestId("result-score")).toContainText("/ 10");
  await expect(page.getByRole("heading", { name: "解說" }).first()).toBeVisible();
  await expectAccessible(page);

  // Submitting again (another tab, a retry) changes nothing; the attempt is final.
  await page.reload();
  await expect(page.getByTestId("result-score")).toContainText("/ 10");
  await expect(questionCard(page)).toHaveCount(0);

  // Missed and skipped items are in the review queue now.
  await page.goto("/review");
  await expect(page.getByText(/[1-9]\d* 題/).first()).toBeVisible();
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
