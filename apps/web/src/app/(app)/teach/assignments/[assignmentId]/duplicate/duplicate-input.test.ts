import { describe, expect, it } from "vitest";
import { buildDuplicateInput } from "./duplicate-input";

const HK = "Asia/Hong_Kong";
const form = { classId: "c2", title: " 第一課測驗 ", opensAt: "2026-03-02T08:00", dueAt: "2026-03-09T23:59" };

describe("the duplicate form", () => {
  it("sends the chosen class, the trimmed title and the dates from the teacher's zone", () => {
    expect(buildDuplicateInput(form, "a1", HK)).toEqual({
      ok: true,
      input: {
        assignmentId: "a1",
        classId: "c2",
        title: "第一課測驗",
        opensAt: new Date("2026-03-02T00:00:00Z"),
        dueAt: new Date("2026-03-09T15:59:00Z"),
      },
    });
  });

  it("refuses an empty title, a missing date and a due time before the opening", () => {
    const bad = buildDuplicateInput({ ...form, title: "", opensAt: "" }, "a1", HK);
    expect(bad.ok ? null : Object.keys(bad.errors).sort()).toEqual(["opensAt", "title"]);
    const early = buildDuplicateInput({ ...form, dueAt: "2026-03-01T08:00" }, "a1", HK);
    expect(early.ok ? null : early.errors.dueAt).toEqual({ code: "DUE_BEFORE_OPEN" });
  });
});
