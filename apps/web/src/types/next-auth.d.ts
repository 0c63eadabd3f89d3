import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The cookie's server-side Session row, checked on every request. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    /** The server-side Session row; every request checks it (the role below is only a landing hint). */
    sid?: string;
    role: "STUDENT" | "TEACHER" | "ADMIN";
  }
}
