import { describe, expect, it } from "vitest";
import { editEffects } from "./edit-effects";
import { buildUpdateInput, formOf, type TSettings } from "./edit-input";

const HK = "Asia/Hong_Kong";
const assignment: TSettings = {
  id: "a1",
  classId: "c1",
  title: "第一課測驗",
  itemIds: ["l1-x", "l1-y"],
  shuffle: true,
  timeLimitMinutes: 20,
  maxAttempts: 1,
  opensAt: new Date("2026-03-02T00:00:00Z"),
  dueAt: new Date("2026-03-09T15:59:00Z"),
  feedback: "AFTER_DUE",
  scoreRelease: "AFTER_DUE",
  passPercent: null,
};

describe("editing an assignment's settings", () => {
  it("round-trips the settings through the form unchanged, items never sent", () => {
    const built = buildUpdateInput(formOf(assignment, HK), assignment, HK);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.input).not.toHaveProperty("selection");
    expect(built.input).not.toHaveProperty("classId");
    expect(editEffects(assignment, built.input)).toEqual([]);
  });

  it("keeps times the teacher left alone to the second (the fields show minutes only)", () => {
    const created = { ...assignment, opensAt: new Date("2026-03-02T00:00:37.512Z") };
    const built = buildUpdateInput(formOf(created, HK), created, HK);
    expect(built.ok && built.input.opensAt).toEqual(created.opensAt);
    expect(built.ok && editEffects(created, built.input)).toEqual([]);
  });

  it("names each changed setting, in a fixed order, for the note on attempts already made", () => {
    const form = { ...formOf(assignment, HK), dueAt: "2026-03-10T23:59", timed: false, passMark: "50" };
    const built = buildUpdateInput(form, assignment, HK);
    expect(built.ok && editEffects(assignment, built.input)).toEqual(["dueAt", "timeLimit", "passPercent"]);
  });

  it("refuses what the new-assignment form refuses", () => {
    const built = buildUpdateInput(
      { ...formOf(assignment, HK), title: " ", dueAt: "2026-03-01T08:00" },
      assignment,
      HK,
    );
    expect(built.ok ? null : Object.keys(built.errors).sort()).toEqual(["dueAt", "title"]);
  });
});
