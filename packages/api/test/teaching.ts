import { getItem, type TItem, type TResponse } from "@dc/content";
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

/** A wrong response of the right type for an item. */
export function wrongResponse(item: TItem): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: item.choices.find((c) => c.id !== item.answer)!.id };
    case "multi":
      return {
        type: "multi",
        choices: item.choices.filter((c) => !item.answer.includes(c.id)).map((c) => c.id),
      };
    case "truefalse":
      return { type: "truefalse", value: !item.answer };
    case "numeric":
      return { type: "numeric", value: String(item.answer * 3 + 1000) };
    case "date":
      return {
        type: "date",
        ...(item.answer.year !== undefined && { year: String(item.answer.year === 1999 ? 2001 : 1999) }),
        ...(item.answer.month !== undefined && { month: String((item.answer.month % 12) + 1) }),
        ...(item.answer.day !== undefined && { day: String((item.answer.day % 28) + 1) }),
      };
    case "ordering":
      return { type: "ordering", order: [...item.answer].reverse() };
    case "matching": {
      const lefts = Object.keys(item.answer);
      const rights = lefts.map((l) => item.answer[l]!);
      return {
        type: "matching",
        pairs: Object.fromEntries(lefts.map((l, i) => [l, rights[(i + 1) % rights.length]!])),
      };
    }
    case "cloze":
      return {
        type: "cloze",
        blanks: Object.fromEntries(
          Object.keys(item.answer).map((k) => [
            k,
            item.options?.find((o) => !item.answer[k]!.includes(o)) ?? "錯",
          ]),
        ),
      };
  }
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
