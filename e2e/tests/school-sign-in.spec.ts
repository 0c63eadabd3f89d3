import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { expectAccessible, signOut } from "./helpers";

// The postgres server is configured for the e2e OpenID provider (scripts/oidc-server.ts), where any
// e-mail signs in as a verified school account of school.test.

/** An account made the way an invitation or roster makes one: no password, the role set here. */
async function seedAccount(role: "STUDENT" | "TEACHER", name: string) {
  const id = `e2e-${randomUUID()}`;
  const email = `${role.toLowerCase()}-${id.slice(4, 12)}@school.test`;
  await sql(
    `INSERT INTO "User" (id, email, name, role, "teacherConfirmedAt", "updatedAt")
     VALUES ($1, $2, $3, $4::"Role", CASE WHEN $4 = 'TEACHER' THEN now() END, now())`,
    [id, email, name, role],
  );
  return { id, email };
}

/** From the sign-in page through the provider's login page and back. */
async function signInWithSchool(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "使用學校帳戶登入（Test School）" }).click();
  await expect(page.getByRole("heading", { name: "Test School" })).toBeVisible();
  await page.getByLabel("School e-mail").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a seeded teacher signs in with the school account, keeps the role and is known by subject later", async ({
  page,
}) => {
  const teacher = await seedAccount("TEACHER", "何老師");
  await page.goto("/sign-in");
  await expectAccessible(page);
  await signInWithSchool(page, teacher.email);

  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("何老師 · 教師");
  const { rows } = await sql(`SELECT issuer, subject FROM "Identity" WHERE "userId" = $1`, [teacher.id]);
  expect(rows).toEqual([
    { issuer: expect.stringMatching(/^http:\/\/localhost:\d+$/), subject: expect.any(String) },
  ]);

  // The school changes the address: the link by subject still finds the account.
  await sql(`UPDATE "User" SET email = $2 WHERE id = $1`, [teacher.id, `renamed-${teacher.email}`]);
  await signOut(page);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "使用學校帳戶登入（Test School）" }).click();
  // The provider remembers the browser, as Google and Microsoft do, so no login page this time.
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("何老師");
});

test("an unknown school e-mail is refused with a clear message and no account is made", async ({ page }) => {
  const email = `nobody-${randomUUID().slice(0, 8)}@school.test`;
  await signInWithSchool(page, email);

  await expect(page).toHaveURL(/\/sign-in\?error=School_UNKNOWN_ACCOUNT$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "這個學校帳戶還未連結到本平台的帳戶，所以未能登入。請向你的老師或學校管理員查詢。",
  );
  await expectAccessible(page);
  expect((await sql(`SELECT 1 FROM "User" WHERE email = $1`, [email])).rowCount).toBe(0);
  await page.goto("/learn");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Flearn$/);
});

test("a deactivated account cannot sign in with its school account", async ({ page }) => {
  const student = await seedAccount("STUDENT", "李同學");
  await sql(`UPDATE "User" SET "deactivatedAt" = now() WHERE id = $1`, [student.id]);
  await signInWithSchool(page, student.email);

  await expect(page).toHaveURL(/\/sign-in\?error=School_DEACTIVATED$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "這個帳戶已經停用，未能登入。請向學校管理員查詢。",
  );
});
