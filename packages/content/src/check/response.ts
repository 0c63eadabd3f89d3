import { z } from "zod";

/*
 * What a learner's browser sends for one item. Sizes are capped so that a hostile client cannot make
 * the server store or compare large payloads: strings <= 200 characters, arrays <= 20, records <= 20 keys.
 */

const MAX_STRING = 200;
const MAX_ENTRIES = 20;

const ZShortString = z.string().max(MAX_STRING);
const ZShortList = z.array(ZShortString).max(MAX_ENTRIES);
const ZShortRecord = z
  .record(ZShortString, ZShortString)
  .refine((record) => Object.keys(record).length <= MAX_ENTRIES, `at most ${MAX_ENTRIES} entries`);

export const ZSingleResponse = z.object({ type: z.literal("single"), choice: ZShortString });
export const ZMultiResponse = z.object({ type: z.literal("multi"), choices: ZShortList });
export const ZTrueFalseResponse = z.object({ type: z.literal("truefalse"), value: z.boolean() });
export const ZNumericResponse = z.object({ type: z.literal("numeric"), value: ZShortString });
export const ZDateResponse = z.object({
  type: z.literal("date"),
  year: ZShortString.optional(),
  month: ZShortString.optional(),
  day: ZShortString.optional(),
});
export const ZOrderingResponse = z.object({ type: z.literal("ordering"), order: ZShortList });
/** leftId -> rightId */
export const ZMatchingResponse = z.object({ type: z.literal("matching"), pairs: ZShortRecord });
/** blank id ("1", "2", ...) -> typed or chosen text */
export const ZClozeResponse = z.object({ type: z.literal("cloze"), blanks: ZShortRecord });

export const ZResponse = z.discriminatedUnion("type", [
  ZSingleResponse,
  ZMultiResponse,
  ZTrueFalseResponse,
  ZNumericResponse,
  ZDateResponse,
  ZOrderingResponse,
  ZMatchingResponse,
  ZClozeResponse,
]);
export type TResponse = z.infer<typeof ZResponse>;
