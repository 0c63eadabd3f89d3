import { moduleOf, type TItem } from "@dc/content";
import { acceptedKeyInvalid } from "./errors";

/**
 * Checks the extra keys of an ACCEPT_ANSWER adjustment against the item, and returns them. What one
 * extra key looks like is up to the item type's module (its `widening`); types outside
 * WIDENABLE_TYPES take FULL_CREDIT or DROP instead.
 */
export function checkAcceptedKeys(item: TItem, keys: readonly unknown[]): unknown[] {
  if (!keys.length) throw acceptedKeyInvalid("EMPTY");
  const widening = moduleOf(item.type).widening;
  for (const key of keys) {
    const problem = widening
      ? widening.keyProblem(item, key)
      : `NOT_SUPPORTED_FOR_${item.type.toUpperCase()}`;
    if (problem) throw acceptedKeyInvalid(problem);
  }
  return [...keys];
}
