import { type Db } from "@dc/db";

/** Who is calling, as the web layer's session establishes it (never taken from the request body). */
export type SessionUser = { id: string; role: "STUDENT" | "TEACHER"; name: string; email: string };

export type Context = { db: Db; session: SessionUser | null };

export function createContext(opts: { db: Db; session: SessionUser | null }): Context {
  return { db: opts.db, session: opts.session };
}
