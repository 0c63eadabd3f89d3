import { describe, expect, it } from "vitest";
import { parseScript, simplifyDeep } from "./script-output";

describe("simplifyDeep", () => {
  it("converts the Chinese of nested content and leaves ids, dates and the typed answer alone", () => {
    const at = new Date("2026-12-03T00:00:00Z");
    const view = {
      id: "ck1",
      at,
      items: [
        {
          item: {
            id: "l1-q1",
            prompt: { zh: "中國加入世界貿易組織是哪一年？", en: "Which year?" },
            choices: [{ id: "x", text: { zh: "經濟特區" } }],
          },
          answer: { response: { kind: "text", value: "經濟特區" } },
          reveal: { explanation: { zh: "內循環與國際循環" } },
        },
      ],
    };
    const out = simplifyDeep(view);
    expect(out.items[0]!.item.prompt).toEqual({ zh: "中国加入世界贸易组织是哪一年？", en: "Which year?" });
    expect(out.items[0]!.item.choices[0]!.text.zh).toBe("经济特区");
    expect(out.items[0]!.reveal.explanation.zh).toBe("内循环与国际循环");
    expect(out.items[0]!.answer.response).toEqual({ kind: "text", value: "經濟特區" });
    expect(out.id).toBe("ck1");
    expect(out.at).toBe(at);
    expect(view.items[0]!.item.prompt.zh).toBe("中國加入世界貿易組織是哪一年？"); // the input is not mutated
  });

  it("reads only 'hans' as Simplified", () => {
    expect(parseScript("hans")).toBe("hans");
    expect(parseScript("hant")).toBe("hant");
    expect(parseScript(undefined)).toBe("hant");
    expect(parseScript("zh-CN")).toBe("hant");
  });
});
