import { z } from "zod";
import { PASSWORD_MAX } from "./password-policy";

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: "INVALID_EMAIL" }))
  .transform((e) => e.toLowerCase());

/** A school-style login name: lower case letters, digits, dot, dash, underscore; never an "@". */
export const LOGIN_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export const ZPassword = z.string().max(PASSWORD_MAX, "TOO_LONG");
export const ZName = z.string().trim().min(1, "NAME_REQUIRED").max(80, "NAME_TOO_LONG");

/** Self-service sign-up makes students only: any other role is refused (roles come from invitations). */
export const ZSignUp = z
  .object({
    name: ZName,
    email: ZEmail,
    password: ZPassword,
    role: z.literal("STUDENT", { message: "STUDENTS_ONLY" }).optional(),
  })
  .strict();
export type TSignUp = z.infer<typeof ZSignUp>;

/** `login` is an email or a login id. */
export const ZSignIn = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const ZChangePassword = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: ZPassword })
  .strict();
