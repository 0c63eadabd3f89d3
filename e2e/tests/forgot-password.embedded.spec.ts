import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

// The newcomer's server has no SMTP and no school sign-in configured.
test("without SMTP, forgot password says to ask a teacher; without OpenID, no school button", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: /使用學校帳戶登入/ })).toHaveCount(0);
  await page.getByRole("link", { name: "忘記密碼？" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByText("這個網站未設定電郵，所以不能寄出重設連結。")).toBeVisible();
  await expect(page.getByLabel("電子郵件")).toHaveCount(0);
  await expectAccessible(page);
});
