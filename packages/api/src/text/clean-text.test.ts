import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanInput, textProblem } from "./clean-text";

describe("textProblem", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["a lone high surrogate", "a\uD800b"],
    ["a lone low surrogate", "\uDC00"],
    ["a C0 control", "a\u0007"],
    ["a C1 control", "a\u0085b"],
    ["DEL", "a\u007F"],
    ["a right-to-left override", "exe.\u202Etxt"],
    ["an isolate", "\u2067abc\u2069"],
    ["a line break in a one-line field", "Chan\nTai Man"],
  ])("refuses %s", (_, text) => {
    expect(textProblem(text)).toBe("INVALID_CHARACTERS");
  });
  it("accepts Chinese, emoji (a surrogate pair) and line breaks in multi-line fields", () => {
    expect(textProblem("陳大文 😀 Ünïcödé")).toBeNull();
    expect(textProblem("line one\nline two\ttab", true)).toBeNull();
  });
});

describe("cleanInput", () => {
  it("normalises every string to NFC, however deep", () => {
    const { value, issues } = cleanInput({ name: "e\u0301", list: [{ title: "A\u030A" }] });
    expect(issues).toEqual([]);
    expect(value).toEqual({ name: "\u00E9", list: [{ title: "\u00C5" }] });
  });
  it("reports each refused string at its path and leaves passwords as typed", () => {
    const { issues, value } = cleanInput({
      name: "x\u202E",
      response: { blanks: { a: "ok", b: "\u0000" } },
      password: "e\u0301\u0000",
    });
    expect(issues.map((i) => i.path.join("."))).toEqual(["name", "response.blanks.b"]);
    expect((value as { password: string }).password).toBe("e\u0301\u0000");
  });
  it("keeps a written answer of 1000 Chinese characters with its line breaks, NFC-normalised", () => {
    const paragraph = `${"內循環為主，外循環為輔。".repeat(50)}\n${"大船轉舵".repeat(100)}`.slice(0, 1000);
    expect(paragraph).toHaveLength(1000);
    const { value, issues } = cleanInput({ itemId: "x", response: { type: "written", text: paragraph } });
    expect(issues).toEqual([]);
    expect(value).toEqual({ itemId: "x", response: { type: "written", text: paragraph } });
    const bidi = cleanInput({ response: { type: "written", text: "答案\u202E" } });
    expect(bidi.issues.map((i) => i.path.join("."))).toEqual(["response.text"]);
  });
  it("walks objects without a prototype too", () => {
    const input = Object.assign(Object.create(null) as object, { attemptId: "\u0000" });
    expect(cleanInput(input).issues.map((i) => i.path.join("."))).toEqual(["attemptId"]);
  });
  it("keeps a key named __proto__ as data, never as the prototype", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": "x"}') as object;
    const { value } = cleanInput(input);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(JSON.stringify(value)).toBe(JSON.stringify(input));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("never throws and keeps non-string values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const { value, issues } = cleanInput(v);
        if (issues.length === 0) expect(JSON.stringify(value)).toBe(JSON.stringify(v).normalize("NFC"));
      }),
      { numRuns: 300 },
    );
  });
});
