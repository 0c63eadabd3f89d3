import { z } from "zod";
import { ZChoice, ZItemBase, ZShortString } from "./base";
import {
  alternativeKeys,
  attemptChoices,
  optionLabel,
  publicOption,
  type TItemTypeModule,
  type TPublicOption,
} from "./module";

/** One right choice among 3 to 6. */
export const ZSingleItem = ZItemBase.extend({
  type: z.literal("single"),
  choices: z.array(ZChoice).min(3).max(6),
  answer: z.string(),
});
export const ZSingleResponse = z.object({ type: z.literal("single"), choice: ZShortString });

type I = z.infer<typeof ZSingleItem>;
type R = z.infer<typeof ZSingleResponse>;
type V = { type: "single"; choices: TPublicOption[] };

export const single = {
  type: "single",
  item: ZSingleItem,
  response: ZSingleResponse,
  label: { en: "single choice", zh: "單選" },
  validate: (item, r) =>
    item.choices.some((c) => c.id === r.choice) ? null : `unknown choice "${r.choice}" for item ${item.id}`,
  score: (item, r) => (r.choice === item.answer ? 1 : 0),
  publicView: (item): V => ({ type: "single", choices: item.choices.map(publicOption) }),
  key: (item) => item.answer,
  answerText: (item, lang) => optionLabel(item.choices, item.answer, lang),
  responseText: (item, r, lang) => optionLabel(item.choices, r.choice, lang),
  keyResponse: (item) => ({ type: "single", choice: item.answer }),
  wrongResponse: (item) => ({ type: "single", choice: item.choices.find((c) => c.id !== item.answer)!.id }),
  attempt: {
    ...attemptChoices<I, V>(),
    responseHasIds: true,
    response: (r, rename) => ({ ...r, choice: rename("choice", r.choice) }),
    key: (key, rename) => rename("choice", key),
  },
  widening: alternativeKeys<I>((item, key) => {
    if (typeof key !== "string" || !item.choices.some((c) => c.id === key)) return "NOT_A_CHOICE";
    return key === item.answer ? "ALREADY_THE_KEY" : null;
  }),
} satisfies TItemTypeModule<"single", I, R, V>;
