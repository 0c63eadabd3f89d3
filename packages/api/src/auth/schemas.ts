import { z } from "zod";
import { PASSWORD_MAX } from "./password-policy";

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: "INVALID_EMAIL" }))
  .transform((e) => e.toLowerCase());

export const ZSignUp = z.object({
  name: z.string().trim().min(1, "NAME_REQUIRED").max(80, "NAME_TOO_LONG"),
  email: ZEmail,
  password: z.string().max(PASSWORD_MAX, "TOO_LONG"),
  role: z.enum(["STUDENT", "TEACHER"]),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1).max(PASSWORD_MAX) });
