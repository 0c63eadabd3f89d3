import { type Db } from "@dc/db";

/** The signed-in user as stored now (the session may be older than a rename). */
export function currentUser(db: Db, userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      loginId: true,
      name: true,
      role: true,
      mustChangePassword: true,
      teacherConfirmedAt: true,
      createdAt: true,
    },
  });
}
