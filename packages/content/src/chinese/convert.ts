/*
 * Script conversion with opencc-js, one module per direction (opencc-js/t2cn, opencc-js/cn2t) so that a
 * browser bundle that only shows Simplified text (see ../reader.ts) does not carry the 1 MB cn2t data.
 */
export { toSimplified } from "./to-simplified";
export { toTraditional } from "./to-traditional";
