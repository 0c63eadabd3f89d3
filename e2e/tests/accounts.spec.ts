import { expect, test } from "@playwright/test";
import { expectAccessible, PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a student signs up, signs out, signs in again and sees the student shell", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("雙循環");
  await expectAccessible(page);

  const email = uniqueEmail("student");
  await page.goto("/sign-up");
  await expectAccessible(page);
  await signUp(page, { name: "李小明", email, role: "學生" });

  await expect(page).toHaveURL(/\/learn$/);
  const nav = page.getByRole("navigation", { name: "主選單" });
  await expect(nav.getByRole("link", { name: "課文" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "題庫" })).toHaveCount(0);
  await expect(page.getByTestId("signed-in-as")).toContainText("李小明 · 學生");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expectAccessible(page);

  await signOut(page);
  await expect(page.getByRole("link", { name: "登入" })).toBeVisible();
  await page.goto("/learn");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Flearn$/); // the shell needs a session, and comes back

  await signIn(page, email);
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("李小明");
});

test("a teacher (made from the command line) signs in, out and in again and sees the teacher shell with the bank", async ({
  page,
}) => {
  const email = uniqueEmail("teacher");
  await signUp(page, { name: "陳老師", email, role: "教師" });
  await expect(page).toHaveURL(/\/teach$/);
  const nav = page.getByRole("navigation", { name: "主選單" });
  await expect(nav.getByRole("link", { name: "班級" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "課文" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("班級");
  await expect(page.getByRole("button", { name: "建立班級" })).toBeVisible();
  await expectAccessible(page);

  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/teach$/);

  await nav.getByRole("link", { name: "題庫" }).click();
  await expect(page).toHaveURL(/\/teach\/bank$/);
  const total = Number(await page.getByTestId("bank-total").textContent());
  expect(total).toBeGreaterThanOrEqual(160);
  await page.getByRole("button", { name: "第 3 課" }).click();
  await expect(page.getByText(/^共 \d+ 題$/)).toBeVisible();
  await expect(page.getByText("答案：").first()).toBeVisible();
  await expectAccessible(page);
});

test("a wrong password shows a clear error and does not sign in", async ({ page }) => {
  const email = uniqueEmail("student");
  await signUp(page, { name: "王美玲", email, role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  await signOut(page);

  await signIn(page, email, "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("電郵、登入名稱或密碼不正確。");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page);
});

test("sign-up explains a taken email, a weak password and a malformed email", async ({ page }) => {
  const email = uniqueEmail("student");
  await signUp(page, { name: "甲", email, role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  await signOut(page);

  await signUp(page, { name: "乙", email, role: "學生" });
  await expect(page.getByText("這個電子郵件已經註冊，請直接登入。").first()).toBeVisible();

  await signUp(page, { name: "丙", email: uniqueEmail("weak"), role: "學生", password: "short" });
  await expect(page.getByText("密碼太短：至少需要 10 個字元。").first()).toBeVisible();
  await expect(page.getByLabel("密碼")).toHaveAttribute("aria-invalid", "true");

  await signUp(page, { name: "丁", email: "not-an-email", role: "學生", password: PASSWORD });
  await expect(page.getByText("請輸入有效的電子郵件地址").first()).toBeVisible();
  await expectAccessible(page);
});

test("a student cannot open a teacher page, and the teacher API answers 403", async ({ page }) => {
  await signUp(page, { name: "李同學", email: uniqueEmail("student"), role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);

  await page.goto("/teach/bank");
  await expect(page.getByRole("heading", { name: "這一頁只供教師使用" })).toBeVisible();
  await expect(page.getByText("答案：")).toHaveCount(0);
  await expectAccessible(page);

  const response = await page.request.get(
    "/api/trpc/bank.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })),
  );
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(body).toContain("TEACHERS_ONLY");
  expect(body).not.toMatch(/stack|prisma|at Object/i);
});

test("a signed-out caller gets 401 and the interface switches to English", async ({ page }) => {
  const response = await page.request.get("/api/trpc/auth.me");
  expect(response.status()).toBe(401);

  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China's “Dual Circulation” Strategy");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("button", { name: "繁體中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
});
