import { hashPassword, Prisma, type Db } from "@dc/db";
import { TRPCError } from "@trpc/server";
import { passwordProblem } from "./password-policy";
import { type TSignUp } from "./schemas";

export async function signUp(db: Db, input: TSignUp) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: `WEAK_PASSWORD:${problem}` });
  try {
    const user = await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return user;
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one email cannot both succeed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new TRPCError({ code: "CONFLICT", message: "EMAIL_TAKEN" });
    }
    throw error;
  }
}
