import "server-only";
import { getSessionUser } from "~/server/auth";

/**
 * Whether the visitor is a confirmed teacher. The teacher layout shows anyone else a 403 card, but
 * the page renders alongside it: its prefetches would only fail (and be logged), so pages skip them.
 */
export const isTeacher = async () => {
  const user = await getSessionUser();
  return user?.role === "TEACHER" && user.teacherConfirmed && !user.mustChangePassword;
};
