import { createElement, type ComponentType } from "react";
import { ClozeInput } from "./cloze-input";
import { DateInput } from "./date-input";
import type { TInputProps, TItemType } from "./logic";
import { MatchingInput } from "./matching-input";
import { MultiInput } from "./multi-input";
import { NumericInput } from "./numeric-input";
import { OrderingInput } from "./ordering-input";
import { SingleInput } from "./single-input";
import { TrueFalseInput } from "./truefalse-input";
import { WrittenInput } from "./written-input";

/*
 * The answer input of every item type (the web half of the item-type modules in
 * packages/content/src/item-types). The type makes a type without its input fail typecheck
 * (see registry.typecheck.ts).
 */

export type TInputRegistry = { [T in TItemType]: ComponentType<TInputProps<T>> };

export const ITEM_INPUTS = {
  single: SingleInput,
  multi: MultiInput,
  truefalse: TrueFalseInput,
  numeric: NumericInput,
  date: DateInput,
  ordering: OrderingInput,
  matching: MatchingInput,
  cloze: ClozeInput,
  written: WrittenInput,
} satisfies TInputRegistry;

/** The input of one type. One cast, here: `ItemInput` hands it an item and a reveal of that type. */
export function AnyInput({ type, ...props }: TInputProps<TItemType> & { type: TItemType }) {
  const inputs = ITEM_INPUTS as Record<TItemType, ComponentType<TInputProps<TItemType>>>;
  return createElement(inputs[type], props);
}
