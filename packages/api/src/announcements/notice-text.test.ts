import { describe, expect, it } from "vitest";
import { tidyNotice } from "./notice-text";

describe("tidyNotice", () => {
  it("trims lines and the ends, and keeps one blank line at most", () => {
    expect(tidyNotice("\n\n  明天測驗  \r\n\r\n\r\n\r\n帶計算機\t\n\n")).toBe("明天測驗\n\n帶計算機");
  });

  it("leaves nothing of a notice of blanks", () => {
    expect(tidyNotice(" \n\t\n ")).toBe("");
  });
});
