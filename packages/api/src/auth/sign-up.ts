import { hashPassword, Prisma, type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { passwordProblem } from "./password-policy";
import { type TSignUp } from "./schemas";

export const emailTaken = () => domainError("EMAIL_TAKEN");

/** Self-service sign-up: always a student (the schema refuses any other role; none is read here). */
export async function signUp(db: Db, input: TSignUp) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw domainError("WEAK_PASSWORD", problem);
  try {
    return await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: "STUDENT",
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one email cannot both succeed.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
