import { describe, expect, it } from "vitest";
import { resetMail } from "./reset-mail";

describe("resetMail", () => {
  const mail = resetMail({
    to: "ming@school.test",
    name: "李小明",
    baseUrl: "https://learn.example",
    token: "abc_-123",
  });

  it("addresses the user and links to the reset page with the token", () => {
    expect(mail.to).toBe("ming@school.test");
    expect(mail.text).toContain("https://learn.example/reset-password/abc_-123");
    expect(mail.text).toContain("李小明，你好");
  });

  it("says, in Chinese and English, how long the link works and that it works once", () => {
    expect(mail.text).toContain("30 分鐘內");
    expect(mail.text).toContain("只可使用一次");
    expect(mail.text).toContain("within 30 minutes");
    expect(mail.subject).toMatch(/重設密碼.*Reset your password/);
  });
});
