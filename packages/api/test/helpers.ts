import { type TItem, type TResponse } from "@dc/content";
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
export function rightResponse(item: TItem): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: item.answer };
    case "multi":
      return { type: "multi", choices: item.answer };
    case "truefalse":
      return { type: "truefalse", value: item.answer };
    case "numeric":
      return { type: "numeric", value: String(item.answer) };
    case "date":
      return {
        type: "date",
        ...(item.answer.year !== undefined && { year: String(item.answer.year) }),
        ...(item.answer.month !== undefined && { month: String(item.answer.month) }),
        ...(item.answer.day !== undefined && { day: String(item.answer.day) }),
      };
    case "ordering":
      return { type: "ordering", order: item.answer };
    case "matching":
      return { type: "matching", pairs: item.answer };
    case "cloze":
      return {
        type: "cloze",
        blanks: Object.fromEntries(Object.entries(item.answer).map(([k, v]) => [k, v[0]!])),
      };
  }
}
