import { describe, expect, it } from "vitest";
import { edit, markFailed, markSaved, markSending, restore, unsaved } from "./save-queue";

const r = (value: string) => ({ type: "numeric" as const, value });

describe("save queue", () => {
  it("numbers edits above what the server has", () => {
    const q = edit({}, "i1", r("1"), 4);
    expect(q.i1).toEqual({ response: r("1"), revision: 5, state: "pending" });
    expect(edit(q, "i1", r("2"), 4).i1!.revision).toBe(6);
  });

  it("keeps a newer edit pending when an older save is confirmed", () => {
    let q = edit({}, "i1", r("1"), 0);
    q = markSending(q, "i1", 1);
    q = edit(q, "i1", r("2"), 0); // typed again while the first save was in flight
    q = markSaved(q, "i1", 1);
    expect(q.i1).toMatchObject({ revision: 2, state: "pending", response: r("2") });
    expect(unsaved(q)).toHaveLength(1);
    q = markSaved(q, "i1", 2);
    expect(unsaved(q)).toHaveLength(0);
  });

  it("returns a failed send to pending for a retry, but never un-saves", () => {
    let q = markSending(edit({}, "i1", r("1"), 0), "i1", 1);
    q = markFailed(q, "i1", 1);
    expect(q.i1!.state).toBe("pending");
    q = markSaved(q, "i1", 1);
    expect(markFailed(q, "i1", 1).i1!.state).toBe("saved");
  });

  it("restores only answers the server has not seen", () => {
    const stored = { ...edit({}, "a", r("1"), 2), ...edit({}, "b", r("2"), 0) }; // a: rev 3, b: rev 1
    const restored = restore(stored, { a: 2, b: 1 });
    expect(Object.keys(restored)).toEqual(["a"]);
    expect(restored.a!.state).toBe("pending");
  });
});
