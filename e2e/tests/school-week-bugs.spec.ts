import { expect, test, type Page } from "@playwright/test";
import { newStudent, PASSWORD, signOut } from "./helpers";
import { answerCurrent } from "./quiz-helpers";

/** React's hydration errors (#418 and friends) as the console reports them. */
function collectHydrationErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|#418|#423|#425|React error/i.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/hydrat|#418|#423|#425/i.test(e.message)) errors.push(e.message);
  });
  return errors;
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("glossary pop-ups stay inside the screen: the page never scrolls sideways", async ({ page }) => {
    await newStudent(page, "手機讀者");
    await page.goto("/learn/1");
    const terms = page.locator("article button[aria-describedby]");
    await expect(terms.first()).toBeVisible();
    const count = await terms.count();
    expect(count).toBeGreaterThan(2);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth(), "page width with no pop-up open").toBeLessThanOrEqual(390);
    for (let i = 0; i < count; i++) {
      const term = terms.nth(i);
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      // The tapped term's own pop-up (by its aria-describedby).
      const tipId = await term.getAttribute("aria-describedby");
      await expect(page.locator(`[id="${tipId}"]`)).toBeVisible();
      expect(await pageWidth(), `page width with glossary term ${i + 1} open`).toBeLessThanOrEqual(390);
      await page.keyboard.press("Escape");
    }
  });

  test("“continue where you left off” is in the first screen", async ({ page }) => {
    await newStudent(page, "回來的讀者");
    await page.goto("/learn/1");
    const saved = page.waitForResponse((r) => r.url().includes("reading.save") && r.ok());
    await page.locator("#s1-p4").scrollIntoViewIfNeeded();
    await saved;
    await page.goto("/learn/1");
    const resume = page.getByRole("link", { name: "從上次的段落繼續" });
    await expect(resume).toBeVisible();
    const box = (await resume.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  });
});

test("“continue where you left off” is in the first screen of a desktop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await newStudent(page, "桌面讀者");
  await page.goto("/learn/2");
  const saved = page.waitForResponse((r) => r.url().includes("reading.save") && r.ok());
  await page.locator("#s2-p5").scrollIntoViewIfNeeded();
  await saved;
  await page.goto("/learn/2");
  const box = (await page.getByRole("link", { name: "從上次的段落繼續" }).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
});

test.describe("in Hong Kong's time zone", () => {
  test.use({ timezoneId: "Asia/Hong_Kong" });

  test("the dashboard with a quiz score loads without a hydration error", async ({ page }) => {
    await newStudent(page, "香港學生");
    await page.goto("/learn/1");
    await page.getByRole("button", { name: "測驗", exact: true }).click();
    await expect(page).toHaveURL(/\/attempts\//);
    await page.getByRole("button", { name: "交卷" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "確定交卷" }).click();
    await expect(page.getByTestId("result-score")).toBeVisible();

    const errors = collectHydrationErrors(page);
    await page.goto("/progress");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The scores table writes the time in Hong Kong, the same on the server and in the browser.
    await expect(page.locator("table time").first()).toBeAttached();
    expect(errors).toEqual([]);
  });
});

test("an attempt that does not exist says so at once, without retrying the refusal", async ({ page }) => {
  await newStudent(page, "找不到");
  const asked: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("attempt.get")) asked.push(r.url());
  });
  await page.goto("/attempts/no-such-attempt");
  await expect(page.getByText("找不到這份作答")).toBeVisible();
  // A 404 is the server's answer, not a failure that may pass: the browser asked once at most.
  expect(asked.length).toBeLessThanOrEqual(1);
});

test("every page has an icon: /favicon.ico is served", async ({ request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);
});

test("offline, checking an answer says so at once and leaves the other questions checkable", async ({
  page,
  context,
}) => {
  await newStudent(page, "離線練習");
  await page.goto("/learn/1");
  await page.getByRole("button", { name: "練習", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await answerCurrent(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "檢查答案" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("離線時無法核對答案");
  await expect(page.getByRole("button", { name: "檢查答案" })).toBeEnabled();
  await context.setOffline(false);
  await page.getByRole("button", { name: "檢查答案" }).click();
  await expect(page.getByRole("heading", { name: "解說" })).toBeVisible();
});

test("focus follows the question, and moves to the results after submitting", async ({ page }) => {
  await newStudent(page, "鍵盤使用者");
  await page.goto("/learn/2");
  await page.getByRole("button", { name: "測驗", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  const heading = page.locator("#question-heading");
  const next = page.getByRole("button", { name: "下一題" });
  while (await next.count()) {
    await next.click();
    await expect(heading).toBeFocused();
  }
  // On the last question the "next" button is gone, and the focus did not fall to <body>.
  await expect(heading).toHaveText(/^第 (\d+) 題，共 \1 題$/);
  await page.getByRole("button", { name: "交卷" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "確定交卷" }).click();
  await expect(page.locator("#result-title")).toBeFocused();
});

/** Signs in on the sign-in page as it is (keeping its address, unlike the helper that opens it afresh). */
async function fillSignIn(page: Page, login: string) {
  await page.getByLabel("電郵或登入名稱").fill(login);
  await page.getByLabel("密碼").fill(PASSWORD);
  await page.getByRole("button", { name: "登入" }).last().click();
}

test("signing in returns to the page that was asked for", async ({ page }) => {
  const email = await newStudent(page, "回到原頁");
  await signOut(page);
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprogress$/);
  await fillSignIn(page, email);
  await expect(page).toHaveURL(/\/progress$/);
  // Only paths on this site: another origin is ignored.
  await signOut(page);
  await page.goto("/sign-in?next=https%3A%2F%2Fevil.example%2F");
  await fillSignIn(page, email);
  await expect(page).toHaveURL(/\/learn$/);
});
