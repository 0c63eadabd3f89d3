import { describe, expect, it } from "vitest";
import { oneTimePassword } from "./one-time-password";
import { passwordProblem } from "./password-policy";

describe("oneTimePassword", () => {
  it("is three groups of four unambiguous characters that pass the password policy", () => {
    for (let i = 0; i < 50; i++) {
      const password = oneTimePassword();
      expect(password).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
      expect(passwordProblem(password, "s4a-01")).toBeNull();
    }
  });
  it("draws every character from the random source", () => {
    expect(oneTimePassword(() => 0)).toBe("2222-2222-2222");
  });
});
