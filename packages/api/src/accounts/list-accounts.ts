import { type Db, type Prisma } from "@dc/db";

export type TAccountFilter = "ALL" | "STUDENT" | "TEACHER" | "UNCONFIRMED_TEACHER" | "ADMIN" | "DEACTIVATED";

const FILTERS: Record<TAccountFilter, Prisma.UserWhereInput> = {
  ALL: {},
  STUDENT: { role: "STUDENT" },
  TEACHER: { role: "TEACHER", teacherConfirmedAt: { not: null } },
  UNCONFIRMED_TEACHER: { role: "TEACHER", teacherConfirmedAt: null },
  ADMIN: { role: "ADMIN" },
  DEACTIVATED: { deactivatedAt: { not: null } },
};

export const ACCOUNT_PAGE = 50;

/** Accounts matching a search (name, email or login id) and a filter, newest first, 50 at a time. */
export async function listAccounts(
  db: Db,
  input: { search?: string; filter?: TAccountFilter; cursor?: string },
) {
  const q = input.search?.trim();
  const rows = await db.user.findMany({
    where: {
      ...FILTERS[input.filter ?? "ALL"],
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" } },
              { email: { contains: q, mode: "insensitive" } },
              { loginId: { contains: q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ACCOUNT_PAGE + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      name: true,
      email: true,
      loginId: true,
      role: true,
      teacherConfirmedAt: true,
      deactivatedAt: true,
      mustChangePassword: true,
      createdAt: true,
    },
  });
  const more = rows.length > ACCOUNT_PAGE;
  const accounts = rows.slice(0, ACCOUNT_PAGE);
  return { accounts, nextCursor: more ? (accounts.at(-1)?.id ?? null) : null };
}
