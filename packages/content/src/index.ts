/*
 * @dc/content: the article, its lessons and the item bank, as typed data and pure functions.
 * Runs in Node and in the browser (no fs, no env). The answer key never leaves the server except
 * through `revealFor`, once a learner's answer is final; browsers get `toPublicItem`.
 */

// The article
export { article, paragraphs, getParagraph, appendixRows } from "./article";
export type { TArticle, TSection, TSectionId, TParagraph, TAppendix, TAppendixRow } from "./article";
export { toSimplified, toTraditional } from "./chinese/convert";

// Lessons
export { lessons, getLesson } from "./lessons";
export type { TLesson, TKeyFact, TGlossaryEntry, TTimelineEvent, TBilingual } from "./lessons";

// The item bank
export { items, getItem, itemsByLesson, itemsInPool } from "./bank";
export * from "./schema";

// Answers
export {
  checkAnswer,
  type TCheckResult,
  isPending,
  PENDING_SCORE,
  InvalidResponseError,
  ZResponse,
  type TResponse,
  validateResponseFor,
} from "./check";
export { keyResponse } from "./check/key-response";
export { wrongResponse } from "./check/wrong-response";
export { toPublicItem, type TPublicItem, type TPublicOption } from "./public-view";
export { revealFor, itemSources, type TReveal, type TRevealOf } from "./reveal";
export { answerText, responseText, type TLang } from "./answer-text";

// Item types: one module each (src/item-types/<type>.ts), listed in the registry
export { ITEM_TYPE_MODULES, moduleOf } from "./item-types/registry";
export { PENDING, type TPending, type TIdList } from "./item-types/module";
// Written answers: the one scoring of a rubric marking (teacher's or self-grade)
export {
  RUBRIC_CRITERIA,
  rubricScore,
  rubricPoints,
  type TCriterion,
  type TCriterionPoints,
  type TWrittenItem,
} from "./item-types/written";
export { localized } from "./localized";
