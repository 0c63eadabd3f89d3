import { type Db } from "@dc/db";

/** Who is calling, as the web layer's session establishes it (never taken from the request body). */
export type TRole = "STUDENT" | "TEACHER" | "ADMIN";
export type SessionUser = { id: string; role: TRole; name: string; email: string | null };

/** `address`: the client's address (limits/address.ts), for limits kept per address. */
export type Context = { db: Db; session: SessionUser | null; address?: string };

export function createContext(opts: { db: Db; session: SessionUser | null; address?: string }): Context {
  return { db: opts.db, session: opts.session, address: opts.address };
}
