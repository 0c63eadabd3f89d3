import { expect, test } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { SMTP_PORT } from "../playwright.config";
import { expectAccessible, PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

// A real SMTP server: the web server's SMTP_URL points at this port (playwright.config.ts).
const mails: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onData(stream, _session, done) {
    simpleParser(stream).then(
      (mail) => {
        mails.push(mail);
        done();
      },
      (error: Error) => done(error),
    );
  },
});
test.beforeAll(() => new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve)));
test.afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const NEW_PASSWORD = "reset-by-mail-2026";

test("forgot password: a mailed one-time link sets a new password, once", async ({ page, baseURL }) => {
  const email = uniqueEmail("student");
  await signUp(page, { name: "黃小華", email, role: "學生" });
  await expect(page).toHaveURL(/\/learn$/);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "忘記密碼？" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("忘記密碼");
  await expectAccessible(page);

  // An unknown address gets the same answer as a known one, and no mail.
  const sent = "如果這個電子郵件屬於本平台的帳戶，重設連結會在幾分鐘內寄到。請同時查看垃圾郵件匣。";
  await page.getByLabel("電子郵件").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "寄出重設連結" }).click();
  await expect(page.getByRole("status")).toHaveText(sent);
  await page.reload();
  await page.getByLabel("電子郵件").fill(email.toUpperCase());
  await page.getByRole("button", { name: "寄出重設連結" }).click();
  await expect(page.getByRole("status")).toHaveText(sent);

  await expect.poll(() => mails.length).toBe(1);
  const mail = mails[0]!;
  expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(email);
  expect(mail.subject).toContain("重設密碼");
  expect(mail.text).toContain("30 分鐘內");
  const link = /https?:\/\/\S+\/reset-password\/[\w-]+/.exec(mail.text ?? "")?.[0] ?? "";
  expect(link.startsWith(`${baseURL}/reset-password/`)).toBe(true);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("設定新密碼");
  await expectAccessible(page);
  await page.getByLabel("新密碼").fill("short");
  await page.getByRole("button", { name: "儲存新密碼" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("密碼太短：至少需要 10 個字元。");
  await page.getByLabel("新密碼").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "儲存新密碼" }).click();
  await expect(page.getByRole("status")).toContainText("密碼已經更新");

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "這條重設連結已經用過（或已被較新的連結取代）。如有需要，請重新申請。",
  );
  await expect(page.getByLabel("新密碼")).toHaveCount(0);
  await expectAccessible(page);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("電郵、登入名稱或密碼不正確。");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("黃小華");
  expect(mails).toHaveLength(1);
});
