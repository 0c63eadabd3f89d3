import { expect, test, type Page, type Response } from "@playwright/test";
import { expectAccessible, newStudent, signIn, signOut, signUp, uniqueEmail } from "./helpers";

/** Collects the page's Content-Security-Policy violations (the event, and the console's report). */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${m.text()} (${page.url()})`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `Content Security Policy violation on ${location.pathname}: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return violations;
}

function expectSecurityHeaders(res: Response | null, signedIn: boolean) {
  expect(res, "a response").not.toBeNull();
  const h = res!.headers();
  const url = res!.url();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, url).toContain("frame-ancestors 'none'");
  expect(csp, url).toContain("object-src 'none'");
  expect(h["x-frame-options"], url).toBe("DENY");
  expect(h["x-content-type-options"], url).toBe("nosniff");
  expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], url).toContain("camera=()");
  if (signedIn) expect(h["cache-control"], url).toContain("no-store");
}

test("every main page sends the security headers and logs no CSP violation", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    expectSecurityHeaders(await page.goto(path), false);
  }
  await newStudent(page, "安全生");
  for (const path of ["/learn", "/learn/1", "/progress", "/classes", "/assignments", "/review"]) {
    const res = await page.goto(path);
    expectSecurityHeaders(res, true);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // The reader's charts and the practice player (inline style attributes, scripts loaded later).
  await page.goto("/learn/0");
  await page.getByRole("button", { name: "練習", exact: true }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  expectSecurityHeaders(await page.reload(), true);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await signOut(page);

  await signUp(page, { name: "安老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(page).toHaveURL(/\/teach$/);
  for (const path of ["/teach", "/teach/bank"]) {
    expectSecurityHeaders(await page.goto(path), true);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  const api = await page.request.get("/api/trpc/class.list");
  expect(api.headers()["cache-control"]).toContain("no-store");
  expect(violations).toEqual([]);
});

test("repeated wrong passwords lock the account out with a clear message and HTTP 429", async ({ page }) => {
  const email = uniqueEmail("student");
  await signUp(page, { name: "鎖定生", email, role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  await signOut(page);

  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-password-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("電郵、登入名稱或密碼不正確。");
  }
  const refused = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await signIn(page, email, "dual-circulation-2020"); // even the right password waits out the lockout
  const res = await refused;
  expect(res.status()).toBe(429);
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登入嘗試次數太多");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("1 分鐘後再試");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page);
  // The next try is refused from the instance's memory, before next-auth runs: the same answer.
  const again = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await signIn(page, email, "dual-circulation-2020");
  expect((await again).status()).toBe(429);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("1 分鐘後再試");

  // An account that does not exist is answered the same way.
  const ghost = uniqueEmail("nobody");
  for (let i = 0; i < 5; i++) {
    await signIn(page, ghost, `wrong-password-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("電郵、登入名稱或密碼不正確。");
  }
  await signIn(page, ghost, "wrong-password-5");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登入嘗試次數太多");
});

test("a name with a right-to-left override is refused next to the field", async ({ page }) => {
  await signUp(page, { name: "陳\u202E大文", email: uniqueEmail("student"), role: "學生" });
  await expect(page.getByText("含有不能接受的字元").first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});
