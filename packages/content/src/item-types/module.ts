import { localized } from "../localized";
import type { z } from "zod";
import type { TItemType, TWidenableType } from "../constants";
import type { TText } from "./base";

/*
 * What an item type is made of. Each type has one module (./single.ts, ./cloze.ts…) that satisfies
 * `TItemTypeModule`, and ./registry.ts lists them all: a part left out, or a type in ITEM_TYPES without
 * a module, fails typecheck (see ./registry.test-d.ts). The web app's input components have their own
 * registry (apps/web/src/components/items/registry.ts), checked the same way.
 */

export type TLang = "zh" | "en";

/** An option as a browser sees it: no misconception tags. */
export type TPublicOption = { id: string; text: TText };

/** What `score` returns for a response whose score is not known at submit (a teacher grades it). */
export const PENDING = "pending";
export type TPending = typeof PENDING;

/* Per-attempt names: the api renames the ids of an item's lists with opaque per-attempt ids. */

/** The lists of ids an item can have; a `word` list is only reordered, never renamed. */
export type TIdList = "choice" | "event" | "left" | "right" | "word";
/** One id of one list, renamed (bank -> attempt, or back, depending on who calls). */
export type TRename = (list: TIdList, id: string) => string;
export type TAttemptNames = {
  /** `ids` (bank ids) in the attempt's order, avoiding the `forbidden` orders where it can. */
  order(list: TIdList, ids: readonly string[], forbidden: readonly (readonly string[])[]): string[];
  /** A bank id's name in this attempt. */
  rename(list: TIdList, id: string): string;
};

export type TAttemptIds<I, R, V, K> = {
  /** The bank ids of each list the item has. */
  lists(item: I): Partial<Record<TIdList, readonly string[]>>;
  /** The public view as one attempt shows it: its lists reordered and renamed. */
  present(item: I, view: V, names: TAttemptNames): V;
  /** Whether a response names ids of the lists (false when it only holds words or text). */
  responseHasIds: boolean;
  /** A response with every id renamed (either way). */
  response(response: R, rename: TRename): R;
  /** A key with every id renamed to the attempt's names. */
  key(key: K, rename: TRename): K;
};

/** How a teacher's ACCEPT_ANSWER correction widens the key. */
export type TWidening<I> = {
  /** Why `key` cannot be an extra key of `item` (an error code), or null when it can. */
  keyProblem(item: I, key: unknown): string | null;
  /** The item under each key that counts (the bank's and the checked extra keys); scored by the best. */
  variants(item: I, keys: readonly unknown[]): I[];
};

/** An item's `answer`, the key of every auto-scored type. */
type TAnswerOf<I> = I extends { answer: infer A } ? A : never;

/**
 * One item type: `T` its name, `I` an item, `R` a response, `V` what a browser sees before the answer
 * is final, `K` the key revealed once it is (by default the item's `answer`). Every part is required;
 * a part a type does not have is `null`, said on purpose.
 */
export type TItemTypeModule<
  T extends TItemType,
  I extends { type: T },
  R extends { type: T },
  V extends { type: T },
  K = TAnswerOf<I>,
> = {
  type: T;
  /** The item's schema (extends `ZItemBase`) and the response's (capped sizes: `ZShort…` in ./base). */
  item: z.ZodType<I> & z.ZodObject;
  response: z.ZodType<R> & z.ZodObject;
  /** Its name in exports, in both languages. */
  label: { en: string; zh: string };
  /** Why a response (already of this type) cannot be scored against this item, or null when it can. */
  validate(item: I, response: R): string | null;
  /** 0..1 (1 is correct), or PENDING when a teacher scores it after submit. */
  score(item: I, response: R): number | TPending;
  /** What the browser may see before the answer is final: built from a whitelist, no key. */
  publicView(item: I): V;
  /** The raw key revealed once the answer is final (tagged with `type` in the reveal), for marking. */
  key(item: I): K;
  /** The key in words (shown once the answer is final, and in the exported bank). */
  answerText(item: I, lang: TLang): string;
  /** A student's response in words, for the teacher's views and CSV exports. */
  responseText(item: I, response: R, lang: TLang): string;
  /** The response of a learner who knows the text (tests and benchmarks). */
  keyResponse(item: I): R;
  /** A well-formed response that scores 0 (tests and benchmarks). */
  wrongResponse(item: I): R;
  /** The lists the api renames per attempt; null for a type without ids or word banks. */
  attempt: TAttemptIds<I, R, V, K> | null;
  /** Set exactly for the types in WIDENABLE_TYPES. */
  widening: T extends TWidenableType ? TWidening<I> : null;
};

/** Picks the text in the language asked for (Chinese where there is no English). */
export const say = (text: TText, lang: TLang) => localized(text, lang);

/** A list joined as each language writes one. */
export const joinList = (texts: readonly string[], lang: TLang) => texts.join(lang === "zh" ? "、" : "; ");

/** The label of an option by its id (the id itself when the item no longer has it). */
export function optionLabel(options: readonly TPublicOption[], id: string, lang: TLang): string {
  const found = options.find((o) => o.id === id);
  return found ? say(found.text, lang) : id;
}

export const copyText = (text: TText): TText =>
  text.en === undefined ? { zh: text.zh } : { zh: text.zh, en: text.en };

export const publicOption = ({ id, text }: TPublicOption): TPublicOption => ({ id, text: copyText(text) });

/** Options as one attempt shows them: in its order (never the bank's, nor `forbidden`), renamed. */
export function attemptOptions(
  list: TIdList,
  bankIds: readonly string[],
  options: readonly TPublicOption[],
  names: TAttemptNames,
  forbidden: readonly (readonly string[])[] = [],
): TPublicOption[] {
  const byId = new Map(options.map((o) => [o.id, o]));
  return names
    .order(list, bankIds, [bankIds, ...forbidden])
    .map((id) => ({ id: names.rename(list, id), text: byId.get(id)!.text }));
}

/** The lists and view of a single- or multiple-choice item as one attempt shows it. */
export function attemptChoices<
  I extends { choices: readonly TPublicOption[] },
  V extends { choices: TPublicOption[] },
>() {
  return {
    lists: (item: I) => ({ choice: item.choices.map((c) => c.id) }),
    present: (item: I, view: V, names: TAttemptNames): V => ({
      ...view,
      choices: attemptOptions(
        "choice",
        item.choices.map((c) => c.id),
        view.choices,
        names,
      ),
    }),
  };
}

/** The widening of types whose extra keys are whole alternatives to the key. */
export function alternativeKeys<I extends { answer: unknown }>(
  keyProblem: (item: I, key: unknown) => string | null,
): TWidening<I> {
  return {
    keyProblem,
    variants: (item, keys) => [item, ...keys.map((answer) => ({ ...item, answer }) as I)],
  };
}

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(", ");

/** The ids in `given` that `known` lacks, each once, quoted: `"x", "y"` (empty when none). */
export function unknownIds(given: readonly string[], known: readonly string[]): string {
  const knownSet = new Set(known);
  return quoted([...new Set(given.filter((id) => !knownSet.has(id)))]);
}

/** The ids given more than once, quoted (empty when none). */
export function repeatedIds(given: readonly string[]): string {
  return quoted([...new Set(given.filter((id, index) => given.indexOf(id) !== index))]);
}
