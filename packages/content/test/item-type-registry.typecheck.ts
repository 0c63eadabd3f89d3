/*
 * Compile-time tests of the item-type registry (`pnpm --filter @dc/content typecheck` runs them; there
 * is nothing to run). Each `@ts-expect-error` fails typecheck if the line below it ever compiles, i.e.
 * if the registry stopped catching the mistake.
 */
import type { TItemType } from "../src/constants";
import { cloze } from "../src/item-types/cloze";
import { date } from "../src/item-types/date";
import { matching } from "../src/item-types/matching";
import type { TItemTypeModule } from "../src/item-types/module";
import { multi } from "../src/item-types/multi";
import { numeric } from "../src/item-types/numeric";
import { ordering } from "../src/item-types/ordering";
import {
  ITEM_TYPE_MODULES,
  type TItemOf,
  type TItemTypeRegistry,
  type TResponseOf,
} from "../src/item-types/registry";
import { single } from "../src/item-types/single";
import { truefalse } from "../src/item-types/truefalse";
import type { TReveal } from "../src/reveal";

type TModule<T extends TItemType> = TItemTypeModule<T, TItemOf<T>, TResponseOf<T>, { type: T }>;

// The registry as it is compiles.
export const complete: TItemTypeRegistry = ITEM_TYPE_MODULES;

// A type without its module.
// @ts-expect-error: property 'cloze' is missing
export const missingType: TItemTypeRegistry = { single, multi, truefalse, numeric, date, ordering, matching };

// A module without its response text (for teachers and CSV).
const { responseText: _responseText, ...noResponseText } = single;
// @ts-expect-error: property 'responseText' is missing
export const missingPart: TModule<"single"> = noResponseText;

// A module without its public view.
const { publicView: _publicView, ...noView } = date;
// @ts-expect-error: property 'publicView' is missing
export const missingView: TModule<"date"> = noView;

// A module without the key it reveals.
const { key: _key, ...noKey } = cloze;
// @ts-expect-error: property 'key' is missing
export const missingKey: TModule<"cloze"> = noKey;

// A widenable type (WIDENABLE_TYPES) must say how its key widens…
// @ts-expect-error: null is not a widening
export const unwidened: TModule<"numeric"> = { ...numeric, widening: null };

// …and a type not listed there must not.
// @ts-expect-error: a widening where null is required
export const widened: TModule<"date"> = { ...date, widening: numeric.widening };

// A module registered under another type's name.
// @ts-expect-error: the cloze module is not a single module
export const misfiled: TItemTypeRegistry = { ...ITEM_TYPE_MODULES, single: cloze };

// The revealed key is tagged: narrowing on `type` gives the key's shape, no guessing.
export function keyOfOrdering(reveal: TReveal): string[] | null {
  return reveal.type === "ordering" ? reveal.key : null;
}
// @ts-expect-error: a cloze key is not a list
export const wrongShape = (reveal: Extract<TReveal, { type: "cloze" }>): string[] => reveal.key;
