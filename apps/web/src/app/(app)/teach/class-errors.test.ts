import { describe, expect, it } from "vitest";
import { classErrorKey } from "./class-errors";

describe("class error messages", () => {
  it("explains the class procedures' codes and falls back to a generic message", () => {
    expect(classErrorKey("NAME_TOO_LONG")).toBe("NAME_TOO_LONG");
    expect(classErrorKey("CLASS_NOT_FOUND")).toBe("CLASS_NOT_FOUND");
    expect(classErrorKey("STUDENT_NOT_FOUND")).toBe("STUDENT_NOT_FOUND");
    expect(classErrorKey("NETWORK")).toBe("NETWORK");
    expect(classErrorKey("SOMETHING_ELSE")).toBe("generic");
  });
});
