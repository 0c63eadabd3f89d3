import { items, type TItem } from "@dc/content";
import { describe, expect, it } from "vitest";
import { responseText } from "./response-text";

const first = <T extends TItem["type"]>(type: T) =>
  items.find((i): i is Extract<TItem, { type: T }> => i.type === type)!;

describe("responseText", () => {
  it("names chosen choices by their text", () => {
    const single = first("single");
    const c = single.choices[1]!;
    expect(responseText(single, { type: "single", choice: c.id })).toBe(c.text.zh);
    const multi = first("multi");
    const [a, b] = multi.choices;
    expect(responseText(multi, { type: "multi", choices: [a!.id, b!.id] })).toBe(
      `${a!.text.zh}、${b!.text.zh}`,
    );
    expect(responseText(multi, { type: "multi", choices: [a!.id] }, "en")).toBe(a!.text.en ?? a!.text.zh);
  });

  it("gives true/false, numbers and dates as the student gave them", () => {
    expect(responseText(first("truefalse"), { type: "truefalse", value: false })).toBe("錯誤");
    expect(responseText(first("truefalse"), { type: "truefalse", value: true }, "en")).toBe("True");
    expect(responseText(first("numeric"), { type: "numeric", value: "3,040億" })).toBe("3,040億");
    expect(responseText(first("date"), { type: "date", year: "2020", month: "5", day: "14" })).toBe(
      "2020年5月14日",
    );
  });

  it("spells out orderings, pairs and blanks", () => {
    const ordering = first("ordering");
    expect(responseText(ordering, { type: "ordering", order: ordering.answer })).toBe(
      ordering.answer.map((id) => ordering.events.find((e) => e.id === id)!.text.zh).join(" → "),
    );
    const cloze = first("cloze");
    const blanks = Object.fromEntries(Object.keys(cloze.answer).map((k) => [k, "甲"]));
    expect(responseText(cloze, { type: "cloze", blanks })).toBe(
      Object.keys(cloze.answer)
        .map((k) => `(${k}) 甲`)
        .join("；"),
    );
  });

  it("is empty for no response or one of another type", () => {
    expect(responseText(first("single"), null)).toBe("");
    expect(responseText(first("single"), { type: "numeric", value: "1" })).toBe("");
  });
});
