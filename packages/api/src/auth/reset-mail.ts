import { type TMail } from "../mail/mailer";
import { RESET_LINK_MINUTES } from "./reset-token";

/** The "forgot password" mail, Traditional Chinese first, then English. */
export function resetMail(opts: { to: string; name: string; baseUrl: string; token: string }): TMail {
  const link = `${opts.baseUrl}/reset-password/${opts.token}`;
  return {
    to: opts.to,
    subject: "重設密碼 Reset your password — 雙循環・深讀",
    text: [
      `${opts.name}，你好：`,
      "",
      "我們收到重設你的「雙循環・深讀」密碼的要求。請在 " +
        `${RESET_LINK_MINUTES} 分鐘內打開以下連結，設定新密碼（連結只可使用一次）：`,
      "",
      link,
      "",
      "如果你沒有提出這個要求，可以不理會這封電郵，你的密碼不會改變。",
      "",
      "---",
      "",
      `Hello ${opts.name},`,
      "",
      `We received a request to reset your password for Dual Circulation. Open the link above within ${RESET_LINK_MINUTES} minutes`,
      "to choose a new password (it works once). If you did not ask for this, ignore this e-mail: your password stays as it is.",
      "",
    ].join("\n"),
  };
}
