import { getItem } from "@dc/content";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";
import { answerCurrent, expectAllSaved, expectNoKeysIn, questionCard } from "./quiz-helpers";

/*
 * Issue 12's "done when" in Chromium: two students see the same question with different choice
 * orders, and an assignment whose keys and scores are set to "never" shows neither keys nor per-item
 * correctness, and review does not offer its items.
 */

const TITLE = "保密小測";
const SINGLES = 3;

async function query<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await page.request.get(`/api/trpc/${path}${search}`);
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function joinWith(page: Page, code: string) {
  await page.goto("/classes");
  await page.getByLabel("加入代碼").fill(code);
  await page.getByRole("button", { name: "加入", exact: true }).click();
  await expect(page.getByText(/你已加入/)).toBeVisible();
}

/** Starts the assignment; returns, per question in order, the texts of its choices as shown. */
async function startAndReadOrders(page: Page) {
  await page.goto("/assignments");
  await page
    .getByTestId("my-assignment")
    .filter({ hasText: TITLE })
    .getByRole("button", { name: /開始作答/ })
    .click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  const orders: string[] = [];
  for (let n = 1; n <= SINGLES; n++) {
    const radios = questionCard(page).getByRole("radio");
    await expect(radios.first()).toBeVisible();
    const labels: string[] = [];
    for (const radio of await radios.all()) {
      labels.push(((await radio.locator("xpath=ancestor::label[1]").innerText()) || "").trim());
    }
    orders.push(labels.join(" | "));
    await answerCurrent(page);
    if (n < SINGLES) await page.getByRole("button", { name: "下一題" }).click();
  }
  return orders;
}

test("choices are shuffled per attempt, and a 'never' assignment reveals neither keys nor correctness", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [teacher, first, second] = (await Promise.all(contexts.map((c) => c.newPage()))) as [
    Page,
    Page,
    Page,
  ];

  await signUp(teacher, { name: "梁老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  await teacher.getByLabel("班級名稱", { exact: true }).fill("中五乙班");
  await teacher.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/]+$/);
  const classId = teacher.url().split("/").pop()!;
  const code = (await teacher.getByTestId("join-code").getAttribute("data-code")) ?? "";
  await newStudent(first, "李小明");
  await newStudent(second, "黃嘉欣");
  await joinWith(first, code);
  await joinWith(second, code);

  // The form offers both pools, assessment by default, with counts for the chosen lessons.
  await teacher.getByRole("link", { name: "新增作業" }).click();
  await teacher.getByLabel("作業名稱").fill(TITLE);
  const pools = teacher.getByRole("group", { name: "題目來源" });
  await expect(pools.getByRole("radio", { name: /^評估題/ })).toBeChecked();
  await teacher.getByRole("checkbox", { name: /第 1 課/ }).check();
  await expect(pools.getByRole("radio", { name: /^練習題（所選課節和技能共 \d+ 題）/ })).toBeVisible();
  await expectAccessible(teacher);
  // On a phone: the pools and the empty-pool notice fit the width.
  await teacher.setViewportSize({ width: 390, height: 844 });
  await pools.scrollIntoViewIfNeeded();
  if (process.env.E2E_SCREENSHOTS) await teacher.screenshot({ path: "test-results/integrity-pools-390.png" });
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await teacher.setViewportSize({ width: 1280, height: 720 });

  // Hand-picked single-choice items in a fixed order; keys and scores never shown.
  await teacher.getByRole("radio", { name: "自選題目" }).check();
  const bank = teacher.getByRole("group", { name: "題庫", exact: true });
  await teacher.getByLabel("題型", { exact: true }).selectOption({ label: "單選" });
  for (let n = 0; n < SINGLES; n++) await bank.getByRole("checkbox").nth(n).check();
  // Each item says which pool it is in.
  await expect(
    bank
      .getByRole("listitem")
      .first()
      .getByText(/^(評估題|練習題)$/),
  ).toBeVisible();
  await teacher.getByRole("checkbox", { name: "隨機排列題目次序" }).uncheck();
  await teacher
    .getByRole("group", { name: "何時公布答案和解說" })
    .getByRole("radio", { name: /^不公布/ })
    .check();
  await teacher
    .getByRole("group", { name: "何時公布分數" })
    .getByRole("radio", { name: /^不公布/ })
    .check();
  await teacher.getByRole("button", { name: "建立作業" }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teach/classes/${classId}$`));
  type TAssignment = { id: string; itemIds: string[]; feedback: string; scoreRelease: string };
  const [assignment] = await query<TAssignment[]>(teacher, "assignment.list", { classId });
  expect(assignment).toMatchObject({ feedback: "NEVER", scoreRelease: "NEVER" });
  const itemIds = assignment!.itemIds;
  expect(itemIds.map((id) => getItem(id)!.type)).toEqual(Array(SINGLES).fill("single"));

  // Same questions, in the same order, with the choices in each student's own order.
  const firstOrders = await startAndReadOrders(first);
  const secondOrders = await startAndReadOrders(second);
  for (const [n, id] of itemIds.entries()) {
    const item = getItem(id)!;
    if (item.type !== "single") throw new Error("not single");
    const texts = item.choices.map((c) => c.text.zh);
    // A label may carry more than the text (a translation, say): name it by the longest text it holds.
    const textOf = (label: string) =>
      texts.filter((text) => label.includes(text)).sort((a, b) => b.length - a.length)[0] ?? label;
    for (const orders of [firstOrders, secondOrders]) {
      const shown = orders[n]!.split(" | ").map(textOf);
      expect([...shown].sort()).toEqual([...texts].sort());
      expect(shown).not.toEqual(texts); // never the bank's order
    }
  }
  expect(firstOrders).not.toEqual(secondOrders);
  // The browser got opaque ids, never the bank's letters.
  const attemptId = first.url().split("/").pop()!;
  type TView = { items: { item: { choices: { id: string; text: { zh: string } }[] } }[] };
  const view = await query<TView>(first, "attempt.get", { attemptId });
  for (const entry of view.items) for (const c of entry.item.choices) expect(c.id).toMatch(/^[0-9a-f]{12}$/);
  // Reloading (or another device) gets the same order and ids.
  await first.reload();
  await expect(questionCard(first).getByRole("radio").first()).toBeVisible();
  const again = await query<TView>(first, "attempt.get", { attemptId });
  expect(again.items.map((e) => e.item)).toEqual(view.items.map((e) => e.item));

  // Submitted: no score, no keys, no right or wrong.
  for (const page of [first, second]) {
    await expectAllSaved(page);
    await page.getByRole("button", { name: "交卷" }).click();
    await page.getByRole("dialog", { name: "確定交卷？" }).getByRole("button", { name: "確定交卷" }).click();
    await expect(page.getByTestId("result-score")).toHaveText("老師設定暫不公布分數。");
    await expect(page.getByText("老師設定稍後才公布答案與解說。")).toBeVisible();
    await expect(page.getByText(/答對了|答錯了|部分正確/)).toHaveCount(0);
    expectNoKeysIn(await page.content(), itemIds);
  }
  await expectAccessible(first);
  await first.goto("/assignments");
  await expect(first.getByTestId("my-assignment").filter({ hasText: TITLE })).toContainText("分數未公布");

  // Review does not offer its items.
  await first.goto("/review");
  await expect(first.getByText("現在還沒有題目要複習", { exact: false })).toBeVisible();
  const summary = await query<{ total: number; due: number }>(first, "review.summary");
  expect(summary).toMatchObject({ total: 0, due: 0 });

  await Promise.all(contexts.map((c) => c.close()));
});
