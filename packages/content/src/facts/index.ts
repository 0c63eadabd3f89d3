import { appendixRows, paragraphs } from "../article";
import { findFacts, type TFact } from "./find";

/** Every date and figure of the article (pattern hits less the allowlisted non-facts). */
export const articleFacts: TFact[] = findFacts(paragraphs, appendixRows);

export { findPatternHits, type TFact } from "./find";
export { factCoverage, itemTestsFact, mentionsFact } from "./coverage";
export { NOT_FACTS } from "./not-facts";
