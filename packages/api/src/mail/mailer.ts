import nodemailer from "nodemailer";

export type TMail = { to: string; subject: string; text: string };

/** Sends mail for the app; the web layer makes one when the deployment configures SMTP. */
export type Mailer = {
  /** Where links in mail point (the public address of the site, e.g. https://learn.school.edu.hk). */
  baseUrl: string;
  send: (mail: TMail) => Promise<void>;
};

/** A mailer over SMTP, e.g. `smtp://user:pass@smtp.school.edu.hk:587` (STARTTLS) or `smtps://…:465`. */
export function createSmtpMailer(opts: { url: string; from: string; baseUrl: string }): Mailer {
  const transport = nodemailer.createTransport(opts.url);
  return {
    baseUrl: opts.baseUrl.replace(/\/+$/, ""),
    send: async (mail) => {
      await transport.sendMail({ from: opts.from, ...mail });
    },
  };
}
