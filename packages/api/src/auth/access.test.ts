import { describe, expect, it } from "vitest";
import { type SessionUser } from "../context";
import { type DomainError } from "../contract/domain-error";
import { ERROR_CODES } from "../contract/error-codes";
import { requireAccess, type TNeed } from "./access";

const user = (over: Partial<SessionUser>): SessionUser => ({
  id: "u",
  role: "STUDENT",
  name: "n",
  email: null,
  sessionId: "s",
  mustChangePassword: false,
  teacherConfirmed: false,
  ...over,
});
const outcome = (session: SessionUser | null, need: TNeed) => {
  try {
    requireAccess(session, need);
    return "OK";
  } catch (e) {
    // The HTTP status the domainErrors middleware gives it, then the code.
    const { code } = e as DomainError;
    return `${ERROR_CODES[code]}:${code}`;
  }
};

describe("requireAccess", () => {
  it("answers 401 without a session, whatever is needed", () => {
    for (const need of ["SIGNED_IN", "PASSWORD_CHANGE", "STUDENT", "TEACHER", "ADMIN"] as const) {
      expect(outcome(null, need)).toBe("UNAUTHORIZED:SIGN_IN_REQUIRED");
    }
  });

  it("lets each role through its own door only, and an unconfirmed teacher through none", () => {
    const student = user({});
    const teacher = user({ role: "TEACHER", teacherConfirmed: true });
    const unconfirmed = user({ role: "TEACHER" });
    const admin = user({ role: "ADMIN" });
    expect(
      [student, teacher, unconfirmed, admin].map((u) =>
        (["STUDENT", "TEACHER", "ADMIN"] as const).map((need) => outcome(u, need)),
      ),
    ).toEqual([
      ["OK", "FORBIDDEN:TEACHERS_ONLY", "FORBIDDEN:ADMINS_ONLY"],
      ["FORBIDDEN:STUDENTS_ONLY", "OK", "FORBIDDEN:ADMINS_ONLY"],
      ["FORBIDDEN:STUDENTS_ONLY", "FORBIDDEN:TEACHER_NOT_CONFIRMED", "FORBIDDEN:ADMINS_ONLY"],
      ["FORBIDDEN:STUDENTS_ONLY", "FORBIDDEN:TEACHERS_ONLY", "OK"],
    ]);
  });

  it("a one-time password opens only the password change", () => {
    const pending = user({ role: "TEACHER", teacherConfirmed: true, mustChangePassword: true });
    expect(outcome(pending, "PASSWORD_CHANGE")).toBe("OK");
    for (const need of ["SIGNED_IN", "TEACHER"] as const) {
      expect(outcome(pending, need)).toBe("FORBIDDEN:PASSWORD_CHANGE_REQUIRED");
    }
  });
});
