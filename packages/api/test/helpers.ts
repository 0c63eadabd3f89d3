import { keyResponse } from "@dc/content";
import { createTestUser, type TestDatabase } from "@dc/db/testing";
import { checkSession, createCaller, createSession, type TRole } from "../src";

/** A live server-side session of the user, as the web layer would establish it from the cookie. */
export async function sessionOf(t: TestDatabase, userId: string) {
  const sessionId = await createSession(t.db, userId);
  const session = await checkSession(t.db, sessionId);
  if (!session) throw new Error("a fresh session must be live");
  return session;
}

/** A caller signed in as a new user of the given role (teachers are confirmed), through a real session. */
export async function signedIn(t: TestDatabase, role: TRole = "STUDENT", name = "Test") {
  const user = await createTestUser(t.db, role, name);
  const session = await sessionOf(t, user.id);
  return { user, session, api: createCaller({ db: t.db, session }) };
}

export const signedOut = (t: TestDatabase) => createCaller({ db: t.db, session: null });

/** The right response for an item, built from its key (what a learner who knows the text sends). */
export const rightResponse = keyResponse;
