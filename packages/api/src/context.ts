import { type Db } from "@dc/db";
import { type Mailer } from "./mail/mailer";
import { type TScript } from "./text/script-output";

/** Who is calling, as the web layer's session establishes it (never taken from the request body). */
export type TRole = "STUDENT" | "TEACHER" | "ADMIN";
export type SessionUser = {
  id: string;
  role: TRole;
  name: string;
  email: string | null;
  /** The server-side Session row this request was made with (null only for in-process callers). */
  sessionId: string | null;
  /** A one-time password is in use: everything but changing it and signing out is refused. */
  mustChangePassword: boolean;
  /** Teachers: an admin or an invitation confirmed the role; an unconfirmed teacher cannot teach. */
  teacherConfirmed: boolean;
};

/**
 * `mailer` is set where the deployment configures SMTP (without it nothing is mailed); `address` is
 * the client's address (limits/address.ts), for limits kept per address.
 */
export type Context = {
  db: Db;
  session: SessionUser | null;
  mailer?: Mailer | null;
  address?: string;
  /** The reader's script (the browser's choice, from a cookie): learning content follows it. */
  script?: TScript;
};

export function createContext(opts: {
  db: Db;
  session: SessionUser | null;
  mailer?: Mailer | null;
  address?: string;
  script?: TScript;
}): Context {
  return {
    db: opts.db,
    session: opts.session,
    mailer: opts.mailer ?? null,
    address: opts.address,
    script: opts.script ?? "hant",
  };
}
