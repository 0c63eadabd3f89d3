import { getItem, keyResponse, type TResponse } from "@dc/content";
import { createTestUser, type TestDatabase } from "@dc/db/testing";
import { checkSession, createCaller, createSession, type TRole } from "../src";
import { responseToClient } from "../src/attempts/present-item";

type TCaller = ReturnType<typeof createCaller>;
type TAnswerInput = Parameters<TCaller["attempt"]["save"]>[0];

/** A live server-side session of the user, as the web layer would establish it from the cookie. */
export async function sessionOf(t: TestDatabase, userId: string) {
  const sessionId = await createSession(t.db, userId);
  const session = await checkSession(t.db, sessionId);
  if (!session) throw new Error("a fresh session must be live");
  return session;
}

/**
 * A caller signed in as a new user of the given role (teachers are confirmed), through a real session.
 * Tests write responses in bank ids (as the bank, the teacher's views and `keyResponse` do); `api`
 * hands `attempt.save` and `attempt.check` the same response under the attempt's own opaque ids, as
 * the student's browser would send it. `raw` is the caller as is, for tests of the opaque ids themselves.
 */
export async function signedIn(t: TestDatabase, role: TRole = "STUDENT", name = "Test") {
  const user = await createTestUser(t.db, role, name);
  const session = await sessionOf(t, user.id);
  const raw = createCaller({ db: t.db, session });
  return { user, session, api: withBankIds(t, raw), raw };
}

/** A response in bank ids, as the attempt shows it (unknown ids and other types pass unchanged). */
export async function asShown(t: TestDatabase, attemptId: string, itemId: string, response: TResponse) {
  const attempt = await t.db.attempt.findUnique({ where: { id: attemptId }, select: { seed: true } });
  const item = getItem(itemId);
  return attempt && item ? responseToClient(item, attempt.seed, response) : response;
}

function withBankIds(t: TestDatabase, caller: TCaller): TCaller {
  const translated = (call: (input: TAnswerInput) => Promise<unknown>) => async (input: TAnswerInput) =>
    call({ ...input, response: await asShown(t, input.attemptId, input.itemId, input.response) });
  const save = translated((input) => caller.attempt.save(input));
  const check = translated((input) => caller.attempt.check(input));
  const attempt = new Proxy(caller.attempt, {
    get: (target, prop, receiver): unknown =>
      prop === "save" ? save : prop === "check" ? check : Reflect.get(target, prop, receiver),
  });
  return new Proxy(caller, {
    get: (target, prop, receiver): unknown =>
      prop === "attempt" ? attempt : Reflect.get(target, prop, receiver),
  });
}

export const signedOut = (t: TestDatabase) => createCaller({ db: t.db, session: null });

/** The right response for an item, built from its key (what a learner who knows the text sends). */
export const rightResponse = keyResponse;
