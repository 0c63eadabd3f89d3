/**
 * Compile-time proof that a declared output schema describes exactly what its procedure returns:
 * `sameShape<z.output<typeof ZOut>, TReturned>(true)` fails typecheck when either has a field the
 * other lacks or types one differently (a field missing from the schema would be stripped at run time).
 */
export type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const sameShape = <A, B>(proof: TSame<A, B>) => proof;
