import { describe, expect, it } from "vitest";
import { availableItems, buildAssignmentInput, type TAssignmentForm } from "./assignment-input";
import { createProblem } from "./create-errors";

const HK = "Asia/Hong_Kong";
const form = (over: Partial<TAssignmentForm> = {}): TAssignmentForm => ({
  title: "  第一課小測  ",
  mode: "draw",
  lessonIds: [1, 2],
  skills: ["dates", "figures"],
  itemCount: "10",
  pool: "assessment",
  pickedIds: [],
  shuffle: true,
  timed: true,
  timeLimit: "20",
  maxAttempts: "2",
  opensAt: "2026-03-02T08:00",
  dueAt: "2026-03-09T23:59",
  feedback: "AFTER_DUE",
  scoreRelease: "NEVER",
  passMark: "",
  ...over,
});

describe("building assignment.create's input from the form", () => {
  it("draw mode: trims the title and converts the times from the teacher's zone", () => {
    expect(buildAssignmentInput(form(), "c1", 30, HK)).toEqual({
      ok: true,
      input: {
        classId: "c1",
        title: "第一課小測",
        selection: {
          mode: "draw",
          lessonIds: [1, 2],
          skills: ["dates", "figures"],
          itemCount: 10,
          pool: "assessment",
        },
        shuffle: true,
        timeLimitMinutes: 20,
        maxAttempts: 2,
        opensAt: new Date("2026-03-02T00:00:00Z"),
        dueAt: new Date("2026-03-09T15:59:00Z"),
        feedback: "AFTER_DUE",
        scoreRelease: "NEVER",
        passPercent: null,
      },
    });
  });

  it("takes an optional pass mark of 1 to 100 per cent", () => {
    const ok = buildAssignmentInput(form({ passMark: " 60 " }), "c1", 30, HK);
    expect(ok.ok && ok.input.passPercent).toBe(60);
    for (const passMark of ["0", "101", "55.5", "sixty"]) {
      const bad = buildAssignmentInput(form({ passMark }), "c1", 30, HK);
      expect(bad.ok ? null : bad.errors.passPercent).toEqual({
        code: "PASS_PERCENT_RANGE",
        values: { min: 1, max: 100 },
      });
    }
  });

  it("pick mode keeps the picked order; untimed sends null whatever the minutes field holds", () => {
    const result = buildAssignmentInput(
      form({ mode: "pick", pickedIds: ["l3-b", "l1-a"], timed: false, timeLimit: "abc", itemCount: "" }),
      "c1",
      null,
      HK,
    );
    expect(result.ok && result.input.selection).toEqual({ mode: "pick", itemIds: ["l3-b", "l1-a"] });
    expect(result.ok && result.input.timeLimitMinutes).toBeNull();
  });

  it("says what to fix, field by field", () => {
    const result = buildAssignmentInput(
      form({
        title: " ",
        lessonIds: [],
        skills: [],
        itemCount: "0",
        timeLimit: "181",
        maxAttempts: "11",
        opensAt: "",
        dueAt: "2026-02-30T10:00",
      }),
      "c1",
      30,
      HK,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: { code: "TITLE_REQUIRED" },
        lessonIds: { code: "LESSONS_REQUIRED" },
        skills: { code: "SKILLS_REQUIRED" },
        itemCount: { code: "ITEM_COUNT_RANGE", values: { max: 50 } },
        timeLimit: { code: "TIME_LIMIT_RANGE", values: { min: 1, max: 180 } },
        maxAttempts: { code: "ATTEMPTS_RANGE", values: { max: 10 } },
        opensAt: { code: "DATE_INVALID" },
        dueAt: { code: "DATE_INVALID" },
      },
    });
  });

  it("refuses more items than the selection holds, a due time not after the opening, and an empty pick", () => {
    const tooMany = buildAssignmentInput(form({ itemCount: "12" }), "c1", 11, HK);
    expect(!tooMany.ok && tooMany.errors.itemCount).toEqual({
      code: "NOT_ENOUGH_ITEMS",
      values: { available: 11 },
    });
    const due = buildAssignmentInput(form({ dueAt: "2026-03-02T08:00" }), "c1", 30, HK);
    expect(!due.ok && due.errors).toEqual({ dueAt: { code: "DUE_BEFORE_OPEN" } });
    const empty = buildAssignmentInput(form({ mode: "pick" }), "c1", 30, HK);
    expect(!empty.ok && empty.errors).toEqual({ pickedIds: { code: "PICK_REQUIRED" } });
    const many = buildAssignmentInput(
      form({ mode: "pick", pickedIds: Array.from({ length: 51 }, (_, i) => `l1-x${i}`) }),
      "c1",
      30,
      HK,
    );
    expect(!many.ok && many.errors).toEqual({ pickedIds: { code: "PICK_TOO_MANY", values: { max: 50 } } });
    const long = buildAssignmentInput(form({ title: "題".repeat(121) }), "c1", 30, HK);
    expect(!long.ok && long.errors.title).toEqual({ code: "TITLE_TOO_LONG", values: { max: 120 } });
  });

  it("counts the bank items of the chosen lessons and skills", () => {
    const rows = [
      { lessonId: 0, bySkill: { dates: 5, figures: 0, logic: 3, terms: 2 } },
      { lessonId: 1, bySkill: { dates: 4, figures: 7, logic: 6, terms: 3 } },
    ];
    expect(availableItems(rows, [0, 1], ["dates", "figures"])).toBe(16);
    expect(availableItems(rows, [1], ["logic"])).toBe(6);
    expect(availableItems(rows, [], ["logic"])).toBe(0);
  });

  it("counts one pool when the rows carry per-pool counts", () => {
    const pools = (assessment: number, practice: number) => ({
      assessment: { bySkill: { dates: assessment } },
      practice: { bySkill: { dates: practice } },
    });
    const rows = [
      { lessonId: 0, bySkill: { dates: 5 }, pools: pools(0, 5) },
      { lessonId: 1, bySkill: { dates: 4 }, pools: pools(3, 1) },
    ];
    expect(availableItems(rows, [0, 1], ["dates"], "assessment")).toBe(3);
    expect(availableItems(rows, [0, 1], ["dates"], "practice")).toBe(6);
    expect(availableItems(rows, [0, 1], ["dates"])).toBe(9);
  });
});

describe("placing the API's refusals on the form", () => {
  it("puts item and date problems next to their fields, with their details", () => {
    expect(createProblem("NOT_ENOUGH_ITEMS:12")).toEqual({
      form: null,
      fields: { itemCount: { code: "NOT_ENOUGH_ITEMS", values: { available: 12 } } },
    });
    expect(createProblem("UNKNOWN_ITEM:l1-wto-2001")).toEqual({
      form: null,
      fields: { pickedIds: { code: "UNKNOWN_ITEM", values: { id: "l1-wto-2001" } } },
    });
    expect(createProblem("DUE_BEFORE_OPEN").fields).toEqual({ dueAt: { code: "DUE_BEFORE_OPEN" } });
  });

  it("maps zod field errors to fields and keeps the rest above the form", () => {
    expect(createProblem("INVALID_INPUT", { title: "TITLE_TOO_LONG", dueAt: "DATE_OUT_OF_RANGE" })).toEqual({
      form: null,
      fields: { title: { code: "TITLE_TOO_LONG" }, dueAt: { code: "DATE_OUT_OF_RANGE" } },
    });
    expect(createProblem("INVALID_INPUT", { "selection.itemCount": "Too big" })).toEqual({
      form: null,
      fields: { itemCount: { code: "FIELD_INVALID" } },
    });
    expect(createProblem("INVALID_INPUT", { classId: "Too long" })).toEqual({
      form: { code: "INVALID_INPUT" },
      fields: {},
    });
  });

  it("explains class problems and the network above the form; unknown codes are generic", () => {
    expect(createProblem("CLASS_ARCHIVED").form).toEqual({ code: "CLASS_ARCHIVED" });
    expect(createProblem("NETWORK").form).toEqual({ code: "NETWORK" });
    expect(createProblem("SOMETHING_NEW").form).toEqual({ code: "generic" });
  });
});
