import { z } from "zod";
import { scoreMulti } from "../check/score";
import { ZChoice, ZItemBase, ZShortList } from "./base";
import {
  alternativeKeys,
  attemptChoices,
  joinList,
  optionLabel,
  publicOption,
  repeatedIds,
  unknownIds,
  type TItemTypeModule,
  type TPublicOption,
} from "./module";

/** Every right choice among 4 to 8. */
export const ZMultiItem = ZItemBase.extend({
  type: z.literal("multi"),
  choices: z.array(ZChoice).min(4).max(8),
  answer: z.array(z.string()).min(1),
});
export const ZMultiResponse = z.object({ type: z.literal("multi"), choices: ZShortList });

type I = z.infer<typeof ZMultiItem>;
type R = z.infer<typeof ZMultiResponse>;
type V = { type: "multi"; choices: TPublicOption[] };

export const multi = {
  type: "multi",
  item: ZMultiItem,
  response: ZMultiResponse,
  label: { en: "multiple select", zh: "多選" },
  validate: (item, r) => {
    const unknown = unknownIds(
      r.choices,
      item.choices.map((c) => c.id),
    );
    if (unknown) return `unknown choices ${unknown} for item ${item.id}`;
    const repeated = repeatedIds(r.choices);
    return repeated ? `choices ${repeated} picked more than once` : null;
  },
  score: (item, r) => scoreMulti(item.answer, r.choices),
  publicView: (item): V => ({ type: "multi", choices: item.choices.map(publicOption) }),
  key: (item) => item.answer,
  answerText: (item, lang) =>
    joinList(
      item.choices
        .filter((c) => item.answer.includes(c.id))
        .map((c) => optionLabel(item.choices, c.id, lang)),
      lang,
    ),
  responseText: (item, r, lang) =>
    joinList(
      r.choices.map((id) => optionLabel(item.choices, id, lang)),
      lang,
    ),
  keyResponse: (item) => ({ type: "multi", choices: item.answer }),
  // Only choices outside the key: no right pick to earn credit.
  wrongResponse: (item) => ({
    type: "multi",
    choices: item.choices.filter((c) => !item.answer.includes(c.id)).map((c) => c.id),
  }),
  attempt: {
    ...attemptChoices<I, V>(),
    responseHasIds: true,
    response: (r, rename) => ({ ...r, choices: r.choices.map((id) => rename("choice", id)) }),
    key: (key, rename) => key.map((id) => rename("choice", id)),
  },
  widening: alternativeKeys<I>((item, key) => {
    const ids = new Set(item.choices.map((c) => c.id));
    if (!Array.isArray(key) || !key.length || key.some((id) => typeof id !== "string" || !ids.has(id))) {
      return "NOT_CHOICES";
    }
    return new Set(key).size === key.length ? null : "REPEATED_CHOICE";
  }),
} satisfies TItemTypeModule<"multi", I, R, V>;
