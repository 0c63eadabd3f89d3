import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("大船轉舵-2020-circulation", "ming@example.com")).toBeNull();
  });
  it("counts characters, not bytes, so ten Chinese characters are enough", () => {
    expect(passwordProblem("國內國際雙循環相互促進", "a@b.co")).toBeNull();
    expect(passwordProblem("雙循環", "a@b.co")).toBe("TOO_SHORT");
  });
  it.each([
    ["short", "TOO_SHORT"],
    ["1234567890", "TOO_COMMON"],
    ["Password123", "TOO_COMMON"],
    ["zzzzzzzzzzzz", "ONE_CHARACTER"],
    ["x".repeat(129) + "y", "TOO_LONG"],
  ])("rejects %s as %s", (password, problem) => {
    expect(passwordProblem(password, "someone@example.com")).toBe(problem);
  });
  it("rejects a password built on the email's name", () => {
    expect(passwordProblem("xiaoming-2020!", "xiaoming@example.com")).toBe("CONTAINS_EMAIL");
  });
});
