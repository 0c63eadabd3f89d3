import { domainError } from "../contract/domain-error";
import { type SessionUser } from "../context";

/** What a procedure needs of its caller. */
export type TNeed = "SIGNED_IN" | "PASSWORD_CHANGE" | "STUDENT" | "TEACHER" | "ADMIN";

/**
 * The one place role checks are decided, failing closed: no session is 401; a signed-in caller
 * without the right is 403 with a stable code. Every need but PASSWORD_CHANGE also refuses a caller
 * who still has to replace a one-time password.
 */
export function requireAccess(session: SessionUser | null, need: TNeed): SessionUser {
  if (!session) throw domainError("SIGN_IN_REQUIRED");
  if (need === "PASSWORD_CHANGE") return session;
  if (session.mustChangePassword) {
    throw domainError("PASSWORD_CHANGE_REQUIRED");
  }
  const allowed =
    need === "SIGNED_IN" ||
    (need === "STUDENT" && session.role === "STUDENT") ||
    (need === "TEACHER" && session.role === "TEACHER" && session.teacherConfirmed) ||
    (need === "ADMIN" && session.role === "ADMIN");
  if (allowed) return session;
  const code =
    need === "TEACHER" && session.role === "TEACHER"
      ? "TEACHER_NOT_CONFIRMED"
      : need === "TEACHER"
        ? "TEACHERS_ONLY"
        : need === "STUDENT"
          ? "STUDENTS_ONLY"
          : "ADMINS_ONLY";
  throw domainError(code);
}
