import { getItem, type TItem, wrongResponse } from "@dc/content";
import { type TestDatabase } from "@dc/db/testing";
import { rightResponse, signedIn } from "./helpers";

export const HOUR = 3_600_000;
export const hoursFromNow = (h: number) => new Date(Date.now() + h * HOUR);

/** A teacher with a class, and `n` students who joined it with its code. */
export async function classWithStudents(t: TestDatabase, n = 2, name = "中四甲班") {
  const teacher = await signedIn(t, "TEACHER", "Ms Chan");
  const cls = await teacher.api.class.create({ name });
  const students = [];
  for (let i = 0; i < n; i++) {
    const s = await signedIn(t, "STUDENT", `Student ${String.fromCharCode(65 + i)}`);
    await s.api.class.join({ code: cls.joinCode });
    students.push(s);
  }
  return { teacher, cls, students };
}

type TApi = Awaited<ReturnType<typeof signedIn>>["api"];

/** Answers the attempt's items: `right(item, index)` decides right (true), wrong (false) or blank (null). */
export async function answer(
  api: TApi,
  attemptId: string,
  right: (item: TItem, index: number) => boolean | null,
) {
  const view = await api.attempt.get({ attemptId });
  for (const [index, { item: pub }] of view.items.entries()) {
    const item = getItem(pub.id)!;
    const verdict = right(item, index);
    if (verdict === null) continue;
    await api.attempt.save({
      attemptId,
      itemId: item.id,
      response: verdict ? rightResponse(item) : wrongResponse(item),
      revision: 1,
    });
  }
  return view;
}
