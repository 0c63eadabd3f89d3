import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type listAccounts } from "./list-accounts";
import { type setActive } from "./set-active";
import { type resetPassword } from "./reset-password";
import { type setTeacherStatus } from "./set-teacher-status";

/* The accounts procedures' declared outputs (see contract/same-shape.ts). */

export const ZListAccountsOutput = z.object({
  accounts: z.array(
    z.object({
      email: z.string().nullable(),
      id: z.string(),
      role: z.enum(["STUDENT", "TEACHER", "ADMIN"]),
      createdAt: z.date(),
      name: z.string(),
      loginId: z.string().nullable(),
      mustChangePassword: z.boolean(),
      deactivatedAt: z.date().nullable(),
      teacherConfirmedAt: z.date().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const ZSetActiveOutput = z.object({ userId: z.string(), deactivatedAt: z.date().nullable() });

export const ZResetPasswordOutput = z.object({
  password: z.string(),
  email: z.string().nullable(),
  id: z.string(),
  name: z.string(),
  loginId: z.string().nullable(),
});

export const ZSetTeacherStatusOutput = z.union([
  z.object({ userId: z.string(), role: z.literal("TEACHER"), teacherConfirmedAt: z.date() }),
  z.object({ userId: z.string(), role: z.literal("STUDENT"), teacherConfirmedAt: z.null() }),
]);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZListAccountsOutput>, TOut<typeof listAccounts>>(true);
sameShape<z.output<typeof ZSetActiveOutput>, TOut<typeof setActive>>(true);
sameShape<z.output<typeof ZResetPasswordOutput>, TOut<typeof resetPassword>>(true);
sameShape<z.output<typeof ZSetTeacherStatusOutput>, TOut<typeof setTeacherStatus>>(true);
