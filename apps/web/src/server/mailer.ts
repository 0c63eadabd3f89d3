import "server-only";
import { createSmtpMailer } from "@dc/api";
import { env } from "~/env";

/** The app's mailer where the deployment configures SMTP (SMTP_URL, MAIL_FROM), else null. */
export const mailer = env.mail ? createSmtpMailer(env.mail) : null;
