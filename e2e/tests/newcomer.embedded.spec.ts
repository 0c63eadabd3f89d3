import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

// The server of this project runs exactly as `pnpm start` on a fresh clone: embedded PGlite, seeded.
test("a newcomer signs in with the printed demo teacher account on the embedded database", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("電郵或登入名稱").fill("teacher@demo.test");
  await page.getByLabel("密碼").fill("demo-password-2020");
  await page.getByRole("button", { name: "登入" }).last().click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("陳老師 · 教師");
  await expectAccessible(page);
});

test("a demo student signs in and sees the lessons", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("電郵或登入名稱").fill("student1@demo.test");
  await page.getByLabel("密碼").fill("demo-password-2020");
  await page.getByRole("button", { name: "登入" }).last().click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("listitem")).toHaveCount(6);
});
