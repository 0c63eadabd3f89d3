import { hashPassword, type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { recordAudit } from "../audit/record";
import { oneTimePassword } from "../auth/one-time-password";
import { isUniqueViolation } from "../auth/sign-up";
import { classArchived } from "../classes/errors";
import { ownedClass } from "../classes/owned-class";
import { generatedLoginId, parseRoster, type TRosterRow } from "./parse-roster";

export type TSlip = {
  classNumber: number;
  name: string;
  loginId: string | null;
  email: string | null;
  /** The one-time password of a new account; null for an existing account (it keeps its own). */
  password: string | null;
};

const rosterInvalid = (problems: { line: number; code: string }[]) =>
  domainError("ROSTER_INVALID", problems.map((p) => `${p.line}=${p.code}`).join(";"));

/**
 * Creates the students of a roster in the teacher's class, or enrols existing student accounts
 * matched by email or login id, all in one transaction: a list with any problem imports nothing.
 * New accounts get one-time passwords (to change at first sign-in), returned once as login slips.
 */
export async function importRoster(db: Db, teacherId: string, input: { classId: string; text: string }) {
  const cls = await ownedClass(db, teacherId, input.classId);
  if (cls.archivedAt) throw classArchived();
  const { rows, problems } = parseRoster(input.text);
  if (problems.length) throw rosterInvalid(problems);

  const existing = await db.user.findMany({
    where: {
      OR: [
        { email: { in: rows.flatMap((r) => (r.email ? [r.email] : [])) } },
        { loginId: { in: rows.flatMap((r) => (r.loginId ? [r.loginId] : [])) } },
      ],
    },
    select: { id: true, email: true, loginId: true, role: true, deactivatedAt: true, name: true },
  });
  const matchOf = (r: TRosterRow) =>
    existing.find((u) => (r.email && u.email === r.email) || (r.loginId && u.loginId === r.loginId));
  const refused = rows.filter((r) => {
    const u = matchOf(r);
    return u && (u.role !== "STUDENT" || u.deactivatedAt);
  });
  if (refused.length)
    throw rosterInvalid(refused.map((r) => ({ line: r.line, code: "NOT_A_STUDENT_ACCOUNT" })));

  // Hashing is the slow part (argon2): done before the transaction, so it stays short.
  const fresh = await Promise.all(
    rows
      .filter((r) => !matchOf(r))
      .map(async (r) => {
        const password = oneTimePassword();
        return { row: r, password, passwordHash: await hashPassword(password) };
      }),
  );
  // Login ids to make up must avoid those in use and those the list itself gives.
  const takenIds = new Set([
    ...(
      await db.user.findMany({
        where: { loginId: { startsWith: `${cls.joinCode.toLowerCase()}-` } },
        select: { loginId: true },
      })
    ).map((u) => u.loginId),
    ...rows.map((r) => r.loginId),
  ]);

  try {
    return await insertAll();
  } catch (error) {
    // Someone took one of these emails or login ids since the check: nothing was written.
    if (isUniqueViolation(error)) throw domainError("ROSTER_CONFLICT");
    throw error;
  }

  function insertAll() {
    return db.$transaction(async (tx) => {
      const slips: TSlip[] = [];
      for (const r of rows) {
        const match = matchOf(r);
        let studentId: string;
        let slip: TSlip;
        if (match) {
          studentId = match.id;
          slip = {
            classNumber: r.classNumber,
            name: match.name,
            loginId: match.loginId,
            email: match.email,
            password: null,
          };
        } else {
          const f = fresh.find((x) => x.row === r)!;
          let loginId = r.loginId;
          if (!loginId && !r.email) {
            for (let attempt = 0; ; attempt++) {
              loginId = generatedLoginId(cls.joinCode, r.classNumber, attempt);
              if (!takenIds.has(loginId)) break;
            }
            takenIds.add(loginId);
          }
          const user = await tx.user.create({
            data: {
              name: r.name,
              email: r.email,
              loginId,
              role: "STUDENT",
              passwordHash: f.passwordHash,
              mustChangePassword: true,
            },
            select: { id: true },
          });
          studentId = user.id;
          slip = { classNumber: r.classNumber, name: r.name, loginId, email: r.email, password: f.password };
        }
        await tx.enrollment.upsert({
          where: { classId_studentId: { classId: cls.id, studentId } },
          create: { classId: cls.id, studentId, classNumber: r.classNumber },
          update: { classNumber: r.classNumber, removedAt: null },
        });
        slips.push(slip);
      }
      await recordAudit(tx, {
        action: "roster.import",
        actorId: teacherId,
        details: {
          classId: cls.id,
          className: cls.name,
          created: fresh.length,
          enrolledExisting: rows.length - fresh.length,
        },
      });
      return {
        classId: cls.id,
        className: cls.name,
        slips: slips.sort((a, b) => a.classNumber - b.classNumber),
      };
    });
  }
}
