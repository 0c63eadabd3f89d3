import { z } from "zod";
import { ZItemBase, ZMisconception } from "./base";
import { alternativeKeys, type TItemTypeModule, type TLang } from "./module";

/** A statement to judge. */
export const ZTrueFalseItem = ZItemBase.extend({
  type: z.literal("truefalse"),
  answer: z.boolean(),
  /** Only on a false statement: the confusion that makes it tempting. */
  misconception: ZMisconception.optional(),
});
export const ZTrueFalseResponse = z.object({ type: z.literal("truefalse"), value: z.boolean() });

type I = z.infer<typeof ZTrueFalseItem>;
type R = z.infer<typeof ZTrueFalseResponse>;
type V = { type: "truefalse" };

const word = (value: boolean, lang: TLang) =>
  lang === "zh" ? (value ? "正確" : "錯誤") : value ? "True" : "False";

export const truefalse = {
  type: "truefalse",
  item: ZTrueFalseItem,
  response: ZTrueFalseResponse,
  label: { en: "true/false", zh: "是非" },
  validate: () => null,
  score: (item, r) => (r.value === item.answer ? 1 : 0),
  publicView: (): V => ({ type: "truefalse" }),
  key: (item) => item.answer,
  answerText: (item, lang) => word(item.answer, lang),
  responseText: (_item, r, lang) => word(r.value, lang),
  keyResponse: (item) => ({ type: "truefalse", value: item.answer }),
  wrongResponse: (item) => ({ type: "truefalse", value: !item.answer }),
  attempt: null,
  widening: alternativeKeys<I>((item, key) => {
    if (typeof key !== "boolean") return "NOT_A_BOOLEAN";
    return key === item.answer ? "ALREADY_THE_KEY" : null;
  }),
} satisfies TItemTypeModule<"truefalse", I, R, V>;
