import { Prisma, type Db } from "@dc/db";
import { classSelect, toClassView } from "./class-view";
import { newJoinCode } from "./join-code";

const ATTEMPTS = 8;

export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Runs `write` with fresh join codes until one is not taken (31^6 codes make a collision rare;
 * the unique index, not a prior read, is what decides, so two teachers never share a code).
 */
export async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || i >= ATTEMPTS) throw error;
    }
  }
}

export async function createClass(db: Db, teacherId: string, input: { name: string }) {
  const row = await withFreshJoinCode((joinCode) =>
    db.class.create({ data: { name: input.name, teacherId, joinCode }, select: classSelect }),
  );
  return toClassView(row);
}
