import { keyResponse } from "@dc/content";
import { createTestUser, type TestDatabase } from "@dc/db/testing";
import { createCaller, type SessionUser } from "../src";

/** A caller signed in as a new user of the given role. */
export async function signedIn(t: TestDatabase, role: "STUDENT" | "TEACHER" = "STUDENT", name = "Test") {
  const user = await createTestUser(t.db, role, name);
  const session: SessionUser = { id: user.id, role, name: user.name, email: user.email };
  return { user, session, api: createCaller({ db: t.db, session }) };
}

export const signedOut = (t: TestDatabase) => createCaller({ db: t.db, session: null });

/** The right response for an item, built from its key (what a learner who knows the text sends). */
export const rightResponse = keyResponse;
