"use client";

import type { TPublicItem, TResponse, TReveal } from "@dc/content";
import { ClozeInput } from "./cloze-input";
import { DateInput } from "./date-input";
import { itemPromptId, revealFor } from "./logic";
import { MatchingInput } from "./matching-input";
import { MultiInput } from "./multi-input";
import { NumericInput } from "./numeric-input";
import { OrderingInput } from "./ordering-input";
import { SingleInput } from "./single-input";
import { TrueFalseInput } from "./truefalse-input";

export type ItemInputProps = {
  item: TPublicItem;
  /** The current response (controlled); a response of another type is ignored. */
  value: TResponse | null;
  /** Called on each interaction with a complete response for this item, or null when it is cleared. */
  onChange: (response: TResponse | null) => void;
  /** True once the answer is final: fields become read-only. */
  disabled?: boolean;
  /** The key, once the answer is final: marks right and wrong in colour and in words. */
  reveal?: TReveal | null;
  /** Interface locale ("zh-Hant" | "en"). */
  locale: string;
  /** Id of the element naming the group (the prompt); defaults to `itemPromptId(item.id)`. */
  promptId?: string;
};

/** The answer input for any item type: switches on `item.type` and hands over the type's own props. */
export function ItemInput({
  item,
  value,
  onChange,
  disabled = false,
  reveal,
  locale,
  promptId,
}: ItemInputProps) {
  const shared = {
    value,
    disabled,
    reveal: revealFor(item.id, reveal),
    locale,
    promptId: promptId ?? itemPromptId(item.id),
  };
  switch (item.type) {
    case "single":
      return <SingleInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "multi":
      return <MultiInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "truefalse":
      return <TrueFalseInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "numeric":
      return <NumericInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "date":
      return <DateInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "ordering":
      return <OrderingInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "matching":
      return <MatchingInput key={item.id} item={item} onChange={onChange} {...shared} />;
    case "cloze":
      return <ClozeInput key={item.id} item={item} onChange={onChange} {...shared} />;
  }
}
