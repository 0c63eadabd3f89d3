import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { createAccountCli } from "./db";

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page) {
  // A page reached by a client-side link gets its <title> a moment after its content: wait for it,
  // so that axe reads the page as a user meets it (and a page with no title still fails below).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

export const uniqueEmail = (role: string) =>
  `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@e2e.test`;
export const PASSWORD = "dual-circulation-2020";

/**
 * A student signs up through the form (in whichever interface language is showing, Chinese by
 * default). Teachers cannot sign themselves up: a confirmed teacher is made with `pnpm user:create`
 * (as a deployment's admin would) and signs in through the form.
 */
export async function signUp(
  page: Page,
  opts: { name: string; email: string; role: "學生" | "教師"; password?: string },
) {
  if (opts.role === "教師") {
    createAccountCli({
      role: "teacher",
      email: opts.email,
      name: opts.name,
      password: opts.password ?? PASSWORD,
    });
    await signIn(page, opts.email, opts.password ?? PASSWORD);
    return;
  }
  await page.goto("/sign-up");
  await page.getByLabel("姓名").fill(opts.name);
  await page.getByLabel("電子郵件").fill(opts.email);
  await page.getByLabel("密碼").fill(opts.password ?? PASSWORD);
  await page.getByRole("button", { name: "建立帳戶" }).click();
}

/** Signs in with an email or a login id. */
export async function signIn(page: Page, login: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("電郵或登入名稱").fill(login);
  await page.getByLabel("密碼").fill(password);
  await page.getByRole("button", { name: "登入" }).last().click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "登出" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** A freshly signed-up student, signed in and on the lesson list. */
export async function newStudent(page: Page, name: string) {
  const email = uniqueEmail("student");
  await signUp(page, { name, email, role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  return email;
}
