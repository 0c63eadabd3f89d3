"use client";

import type { TPublicItem, TResponse, TReveal } from "@dc/content";
import { itemPromptId, revealOf } from "./logic";
import { AnyInput } from "./registry";

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

/** The answer input for any item type: the type's own input from the registry, with its own props. */
export function ItemInput({
  item,
  value,
  onChange,
  disabled = false,
  reveal,
  locale,
  promptId,
}: ItemInputProps) {
  return (
    <AnyInput
      type={item.type}
      key={item.id}
      item={item}
      value={value}
      onChange={onChange}
      disabled={disabled}
      reveal={revealOf(item, reveal)}
      locale={locale}
      promptId={promptId ?? itemPromptId(item.id)}
    />
  );
}
