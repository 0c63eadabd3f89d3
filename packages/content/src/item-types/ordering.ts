import { z } from "zod";
import { scoreOrdering } from "../check/score";
import { rotate, seededShuffle } from "../seeded-shuffle";
import { ZItemBase, ZOption, ZShortList } from "./base";
import {
  attemptOptions,
  optionLabel,
  publicOption,
  repeatedIds,
  unknownIds,
  type TItemTypeModule,
  type TPublicOption,
} from "./module";

export const ZOrderingItem = ZItemBase.extend({
  type: z.literal("ordering"),
  /** Listed in any order; `answer` gives the ids in the right order (earliest first). */
  events: z.array(ZOption).min(3).max(8),
  answer: z.array(z.string()).min(3),
});
export const ZOrderingResponse = z.object({ type: z.literal("ordering"), order: ZShortList });

type I = z.infer<typeof ZOrderingItem>;
type R = z.infer<typeof ZOrderingResponse>;
type V = { type: "ordering"; events: TPublicOption[] };

/** Events in a shuffled order fixed by the item id, and never the answer order. */
function presentEvents(item: I): TPublicOption[] {
  const shuffled = seededShuffle(item.events, item.id);
  const inAnswerOrder = shuffled.every((event, index) => event.id === item.answer[index]);
  return (inAnswerOrder ? rotate(shuffled) : shuffled).map(publicOption);
}

export const ordering = {
  type: "ordering",
  item: ZOrderingItem,
  response: ZOrderingResponse,
  label: { en: "ordering", zh: "排序" },
  validate: (item, r) => {
    const ids = item.events.map((event) => event.id);
    const unknown = unknownIds(r.order, ids);
    if (unknown) return `unknown events ${unknown} for item ${item.id}`;
    const repeated = repeatedIds(r.order);
    if (repeated) return `events ${repeated} placed more than once`;
    const missing = ids.filter((id) => !r.order.includes(id));
    const list = missing.map((id) => `"${id}"`).join(", ");
    return missing.length > 0 ? `missing events ${list}: order all ${ids.length}` : null;
  },
  score: (item, r) => scoreOrdering(item.answer, r.order),
  publicView: (item): V => ({ type: "ordering", events: presentEvents(item) }),
  key: (item) => item.answer,
  answerText: (item, lang) => item.answer.map((id) => optionLabel(item.events, id, lang)).join(" → "),
  responseText: (item, r, lang) => r.order.map((id) => optionLabel(item.events, id, lang)).join(" → "),
  keyResponse: (item) => ({ type: "ordering", order: item.answer }),
  // Reversed: every pair of events in the wrong order.
  wrongResponse: (item) => ({ type: "ordering", order: [...item.answer].reverse() }),
  attempt: {
    lists: (item) => ({ event: item.events.map((e) => e.id) }),
    present: (item, view, names) => ({
      ...view,
      events: attemptOptions(
        "event",
        item.events.map((e) => e.id),
        view.events,
        names,
        [item.answer],
      ),
    }),
    responseHasIds: true,
    response: (r, rename) => ({ ...r, order: r.order.map((id) => rename("event", id)) }),
    key: (key, rename) => key.map((id) => rename("event", id)),
  },
  widening: null,
} satisfies TItemTypeModule<"ordering", I, R, V>;
