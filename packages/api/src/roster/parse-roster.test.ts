import { describe, expect, it } from "vitest";
import { generatedLoginId, parseRoster } from "./parse-roster";

describe("parseRoster", () => {
  it("reads commas, tabs and full-width commas, skips a heading and blank lines", () => {
    const text = "學號,姓名,電郵或登入名稱\n1,陳大文\n\n2\t李小明\tS4A-Lee\n3，王美玲，May@Example.com\n";
    expect(parseRoster(text)).toEqual({
      rows: [
        { line: 2, classNumber: 1, name: "陳大文", email: null, loginId: null },
        { line: 4, classNumber: 2, name: "李小明", email: null, loginId: "s4a-lee" },
        { line: 5, classNumber: 3, name: "王美玲", email: "may@example.com", loginId: null },
      ],
      problems: [],
    });
  });

  it("keeps quoted names with commas and a BOM from a spreadsheet's CSV", () => {
    expect(parseRoster('\uFEFF1,"Chan, Tai Man"\r\n').rows).toEqual([
      { line: 1, classNumber: 1, name: "Chan, Tai Man", email: null, loginId: null },
    ]);
  });

  it("reports every problem by line and returns no rows", () => {
    const text = "1,A\n1,B\n0,C\n4,\n5,E,bad id!\n6,F,x@\n7,G,a@b.co\n8,H,A@B.CO";
    expect(parseRoster(text)).toEqual({
      rows: [],
      problems: [
        { line: 2, code: "DUPLICATE_CLASS_NUMBER" },
        { line: 3, code: "BAD_CLASS_NUMBER" },
        { line: 4, code: "NAME_REQUIRED" },
        { line: 5, code: "BAD_LOGIN_ID" },
        { line: 6, code: "BAD_EMAIL" },
        { line: 8, code: "DUPLICATE_ACCOUNT" },
      ],
    });
  });

  it("refuses an empty list and one of more than 60 students", () => {
    expect(parseRoster("學號,姓名\n\n").problems).toEqual([{ line: 0, code: "EMPTY" }]);
    const long = Array.from({ length: 61 }, (_, i) => `${i + 1},S${i}`).join("\n");
    expect(parseRoster(long).problems).toEqual([{ line: 0, code: "TOO_MANY_ROWS" }]);
  });
});

describe("generatedLoginId", () => {
  it("is the class code and a two-digit number, with a suffix when taken", () => {
    expect(generatedLoginId("AB3K7Q", 7)).toBe("ab3k7q-07");
    expect(generatedLoginId("AB3K7Q", 31, 1)).toBe("ab3k7q-31-2");
  });
});
