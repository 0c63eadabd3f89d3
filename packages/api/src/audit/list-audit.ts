import { type Db } from "@dc/db";

const who = { select: { id: true, name: true, email: true, loginId: true } } as const;

/** The audit log, newest first, 100 at a time, with the names of who acted and on whom. */
export async function listAudit(db: Db, input: { cursor?: string }) {
  const rows = await db.auditEntry.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 101,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: { id: true, action: true, details: true, createdAt: true, actor: who, target: who },
  });
  const entries = rows.slice(0, 100);
  return { entries, nextCursor: rows.length > 100 ? (entries.at(-1)?.id ?? null) : null };
}
