import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

/** The reader's buttons are enabled once its scripts run (a press before that would be lost). */
async function readerReady(page: Page) {
  await expect(page.getByRole("button", { name: "简体" })).toBeEnabled();
}

test("a student reads lesson 1: paragraph anchors, Simplified text, glossary by keyboard, marking it read", async ({
  page,
}) => {
  await signUp(page, { name: "張讀者", email: uniqueEmail("reader"), role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  const card = page.getByRole("listitem").filter({ hasText: "外循環由來已久" });
  await expect(card.getByRole("progressbar", { name: "第 1 課閱讀進度" })).toHaveAttribute(
    "aria-valuenow",
    "0",
  );
  await expect(card).toContainText("已讀 0%");

  await card.getByRole("link", { name: "外循環由來已久 今後難獨撐大局" }).click();
  await expect(page).toHaveURL(/\/learn\/1$/);
  await expect(page).toHaveTitle(/^外循環由來已久 今後難獨撐大局/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("外循環由來已久 今後難獨撐大局");
  await readerReady(page);

  // Reading progress: a paragraph that stays in view is saved, and the next visit offers to go back to it.
  // Listened for from here: on a wide screen s1-p4 is already in view (and saved) during the checks below.
  const saved = page.waitForResponse(
    (r) => r.url().includes("reading.save") && r.ok() && (r.request().postData() ?? "").includes("s1-p4"),
  );
  const p3 = page.locator("#s1-p3");
  await p3.scrollIntoViewIfNeeded();
  await expect(p3).toBeVisible();
  await expect(p3).toContainText("2006年底更創下67%的歷史最高值");
  await expect(page.getByRole("link", { name: "第 3 段連結" })).toHaveAttribute("href", "#s1-p3");
  await expectAccessible(page);

  await page.locator("#s1-p4").scrollIntoViewIfNeeded();
  await saved;
  await page.goto("/learn/1");
  await readerReady(page);
  await expect(page.getByTestId("reading-status")).not.toContainText("已讀 0/5 段");
  const resume = page.getByRole("link", { name: "從上次的段落繼續" });
  await expect(resume).toHaveAttribute("href", /^#s1-p[2-5]$/);
  await page.goto("/learn/1#s1-p3");
  await readerReady(page);
  await expect(resume).toHaveCount(0); // an anchor in the address: no offer, and no jump elsewhere

  // Simplified characters, remembered across a reload; then back to Traditional.
  await page.getByRole("button", { name: "简体" }).click();
  await expect(page.getByRole("button", { name: "简体" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#s1-p2")).toContainText("经济特区");
  await expect(page.locator("#s1-p2 p")).toHaveAttribute("lang", "zh-Hans");
  // The server renders Traditional; the stored choice loads the converter after hydrating, without a mismatch.
  const reactErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|react-dom|React error/i.test(m.text())) reactErrors.push(m.text());
  });
  await page.reload();
  await readerReady(page);
  await expect(page.locator("#s1-p2")).toContainText("经济");
  await expect(page.locator("#s1-p2 p")).toHaveAttribute("lang", "zh-Hans");
  expect(reactErrors).toEqual([]);
  await page.getByRole("button", { name: "繁體", exact: true }).click();
  await expect(page.locator("#s1-p2")).toContainText("經濟特區");

  // A glossary term explains itself on keyboard focus; Escape closes the explanation.
  await page.getByRole("link", { name: "第 2 段連結" }).focus();
  await page.keyboard.press("Tab");
  const term = page.getByRole("button", { name: "經濟特區" });
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("special economic zone");
  await expect(tooltip).toContainText("在沿海地區率先設立、以特殊開放政策吸引外資的地區。");
  await expect(term).toHaveAccessibleDescription(/special economic zone/);
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await expect(tooltip).toHaveCount(0);

  // Marking the lesson read is kept, here and in the lesson list.
  await page.getByRole("button", { name: "標記為已讀完" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已讀完本課" })).toBeVisible();
  await expect(page.getByTestId("reading-status")).toContainText("已完成");
  await page.reload();
  await expect(page.getByTestId("reading-status")).toContainText("已完成");
  await expect(page.getByRole("button", { name: "標記為已讀完" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "主選單" }).getByRole("link", { name: "課文" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("listitem")).toHaveCount(6);
  const done = page.getByRole("listitem").filter({ hasText: "外循環由來已久" });
  await expect(done).toContainText("已完成");
  await expect(done).toContainText("已讀 100%");
  await expectAccessible(page);
});

test("lesson 5: the seven speeches as a timeline, chosen by keyboard, with every row readable", async ({
  page,
}) => {
  await signUp(page, { name: "林同學", email: uniqueEmail("reader"), role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/learn/5");
  await readerReady(page);
  await expect(page).toHaveTitle(/^附表1/);

  const first = page.getByRole("tab", { name: "5月 中央政治局常委會議" });
  await expect(first).toHaveAttribute("aria-selected", "true");
  await first.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  const last = page.getByRole("tab", { name: "9月 中央財經委員會第八次會議" });
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute("aria-selected", "true");
  await expect(first).toHaveAttribute("aria-selected", "false");
  const panel = page.getByRole("tabpanel");
  await expect(panel).toContainText("中央財經委員會第八次會議");
  await expect(panel).toContainText("必須把建設現代流通體系作為一項重要戰略任務來抓");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("tab", { name: "9月 中央全面深化改革委員會第十五次會議" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("End");
  await expect(last).toHaveAttribute("aria-selected", "true");

  // Every row is on the page without any interaction, each at its own anchor.
  for (let n = 1; n <= 7; n++) await expect(page.locator(`#s5-r${n}`)).toBeVisible();
  await expect(page.locator("#s5-r7")).toContainText("高效流通體系能夠在更大範圍把生產和消費聯系起來");
  await expectAccessible(page);

  // Following an anchor to a row chooses that row on the timeline.
  await page.goto("/learn/5#s5-r3");
  await readerReady(page);
  await expect(page.getByRole("tab", { name: "7月 企業家座談會" })).toHaveAttribute("aria-selected", "true");
  await expect(panel).toContainText("絕不是關起門來封閉運行");
});

test("a lesson that does not exist is not found", async ({ page }) => {
  await signUp(page, { name: "吳同學", email: uniqueEmail("reader"), role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  for (const id of ["6", "01", "one"]) {
    const response = await page.goto(`/learn/${id}`);
    expect(response?.status()).toBe(404);
  }
});
