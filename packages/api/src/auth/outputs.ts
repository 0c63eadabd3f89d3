import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type signUp } from "./sign-up";
import { type currentUser } from "./current-user";
import { type changePassword } from "./change-password";
import { type resetPassword } from "./reset-password";
import { type endSessions } from "./sessions";

/* The auth procedures' declared outputs (see contract/same-shape.ts). */

export const ZSignUpOutput = z.object({
  email: z.string().nullable(),
  id: z.string(),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]),
  name: z.string(),
});

export const ZCurrentUserOutput = z.object({
  email: z.string().nullable(),
  id: z.string(),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]),
  createdAt: z.date(),
  name: z.string(),
  loginId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  teacherConfirmedAt: z.date().nullable(),
});

export const ZChangePasswordOutput = z.object({ changed: z.literal(true), otherSessionsEnded: z.number() });

export const ZResetPasswordOutput = z.object({ ok: z.literal(true) });

/** Sign out everywhere: how many sessions ended, this one included. */
export const ZSessionsEndedOutput = z.object({ ended: z.number() });

/** A reset link was asked for: the same answer whether or not the e-mail has an account. */
export const ZResetRequestedOutput = z.object({ ok: z.literal(true) });

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZSignUpOutput>, TOut<typeof signUp>>(true);
sameShape<z.output<typeof ZCurrentUserOutput>, TOut<typeof currentUser>>(true);
sameShape<z.output<typeof ZChangePasswordOutput>, TOut<typeof changePassword>>(true);
sameShape<z.output<typeof ZResetPasswordOutput>, TOut<typeof resetPassword>>(true);
sameShape<z.output<typeof ZSessionsEndedOutput>, { ended: TOut<typeof endSessions> }>(true);
// The router's own answer to a reset request, `{ ok: true as const }`.
sameShape<z.output<typeof ZResetRequestedOutput>, { ok: true }>(true);
