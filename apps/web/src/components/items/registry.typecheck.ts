/*
 * Compile-time tests of the input registry (`pnpm --filter @dc/web typecheck` runs them; nothing to
 * run). Each `@ts-expect-error` fails typecheck if the line below it ever compiles.
 */
import { ClozeInput } from "./cloze-input";
import { DateInput } from "./date-input";
import { MatchingInput } from "./matching-input";
import { MultiInput } from "./multi-input";
import { NumericInput } from "./numeric-input";
import { OrderingInput } from "./ordering-input";
import { ITEM_INPUTS, type TInputRegistry } from "./registry";
import { SingleInput } from "./single-input";
import { TrueFalseInput } from "./truefalse-input";

// The registry as it is compiles.
export const complete: TInputRegistry = ITEM_INPUTS;

// A type without its input.
// @ts-expect-error: property 'written' is missing
export const incomplete: TInputRegistry = {
  single: SingleInput,
  multi: MultiInput,
  truefalse: TrueFalseInput,
  numeric: NumericInput,
  date: DateInput,
  ordering: OrderingInput,
  matching: MatchingInput,
  cloze: ClozeInput,
};

// @ts-expect-error: a date input cannot answer an ordering item
export const misfiled: TInputRegistry = { ...ITEM_INPUTS, ordering: DateInput };
