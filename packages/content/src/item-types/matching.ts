import { z } from "zod";
import { scoreMatching } from "../check/score";
import { rotate, seededShuffle } from "../seeded-shuffle";
import { ZItemBase, ZOption, ZShortRecord } from "./base";
import {
  attemptOptions,
  optionLabel,
  publicOption,
  unknownIds,
  type TItemTypeModule,
  type TLang,
  type TPublicOption,
} from "./module";

export const ZMatchingItem = ZItemBase.extend({
  type: z.literal("matching"),
  left: z.array(ZOption).min(2).max(8),
  right: z.array(ZOption).min(2).max(10),
  /** leftId -> rightId */
  answer: z.record(z.string(), z.string()),
});
/** leftId -> rightId */
export const ZMatchingResponse = z.object({ type: z.literal("matching"), pairs: ZShortRecord });

type I = z.infer<typeof ZMatchingItem>;
type R = z.infer<typeof ZMatchingResponse>;
type V = { type: "matching"; left: TPublicOption[]; right: TPublicOption[] };

/** The right column shuffled, so that its position does not give away each left item's partner. */
function presentRight(item: I): TPublicOption[] {
  const shuffled = seededShuffle(item.right, `${item.id}:right`);
  const aligned = item.left.every((left, index) => shuffled[index]?.id === item.answer[left.id]);
  return (aligned ? rotate(shuffled) : shuffled).map(publicOption);
}

/** "left → right; left → right" for the pairs given, in the item's left order. */
function pairsText(item: I, pairs: Record<string, string>, lang: TLang, all: boolean) {
  const lefts = all ? Object.keys(pairs) : item.left.map((l) => l.id).filter((id) => pairs[id] !== undefined);
  return lefts
    .map((left) => `${optionLabel(item.left, left, lang)} → ${optionLabel(item.right, pairs[left]!, lang)}`)
    .join(lang === "zh" ? "；" : "; ");
}

export const matching = {
  type: "matching",
  item: ZMatchingItem,
  response: ZMatchingResponse,
  label: { en: "matching", zh: "配對" },
  validate: (item, r) => {
    const left = unknownIds(
      Object.keys(r.pairs),
      item.left.map((o) => o.id),
    );
    if (left) return `unknown left items ${left} for item ${item.id}`;
    const right = unknownIds(
      Object.values(r.pairs),
      item.right.map((o) => o.id),
    );
    return right ? `unknown right items ${right} for item ${item.id}` : null;
  },
  score: (item, r) => scoreMatching(item.answer, r.pairs),
  publicView: (item): V => ({
    type: "matching",
    left: item.left.map(publicOption),
    right: presentRight(item),
  }),
  // The key's pairs in the key's order; a response's in the item's left order, unpaired ones left out.
  key: (item) => item.answer,
  answerText: (item, lang) => pairsText(item, item.answer, lang, true),
  responseText: (item, r, lang) => pairsText(item, r.pairs, lang, false),
  keyResponse: (item) => ({ type: "matching", pairs: item.answer }),
  // Each left item paired with the right option after its own (several may share a right option).
  wrongResponse: (item) => {
    const rights = item.right.map((r) => r.id);
    const next = (id: string) => rights[(rights.indexOf(id) + 1) % rights.length]!;
    return {
      type: "matching",
      pairs: Object.fromEntries(Object.entries(item.answer).map(([left, right]) => [left, next(right)])),
    };
  },
  attempt: {
    lists: (item) => ({ left: item.left.map((o) => o.id), right: item.right.map((o) => o.id) }),
    // Both columns are drawn independently, so lining up with the left column says nothing.
    present: (item, view, names) => ({
      ...view,
      left: attemptOptions(
        "left",
        item.left.map((o) => o.id),
        view.left,
        names,
      ),
      right: attemptOptions(
        "right",
        item.right.map((o) => o.id),
        view.right,
        names,
      ),
    }),
    responseHasIds: true,
    response: (r, rename) => ({ ...r, pairs: renamePairs(r.pairs, rename) }),
    key: (key, rename) => renamePairs(key, rename),
  },
  widening: null,
} satisfies TItemTypeModule<"matching", I, R, V>;

function renamePairs(pairs: Record<string, string>, rename: (list: "left" | "right", id: string) => string) {
  return Object.fromEntries(Object.entries(pairs).map(([l, r]) => [rename("left", l), rename("right", r)]));
}
