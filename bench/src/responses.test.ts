import { items, toPublicItem, validateResponseFor } from "@dc/content";
import { describe, expect, it } from "vitest";
import { responseFromView } from "./responses";

describe("responseFromView", () => {
  it("gives every bank item a response its checker accepts, from the public view alone", () => {
    for (const item of items) {
      for (let i = 0; i < 20; i++) {
        const response = responseFromView(toPublicItem(item));
        expect(validateResponseFor(item, response), `${item.id}: ${JSON.stringify(response)}`).toBeNull();
      }
    }
  });

  it("takes choice ids from the view, not from the bank", () => {
    const single = items.find((i) => i.type === "single")!;
    const view = toPublicItem(single);
    if (view.type !== "single") throw new Error("not a single-choice view");
    const opaque = { ...view, choices: view.choices.map((c, n) => ({ ...c, id: `opaque-${n}` })) };
    const response = responseFromView(opaque);
    expect(response.type === "single" && response.choice.startsWith("opaque-")).toBe(true);
  });
});
