/*
 * `@dc/content/reader`: what a page that shows the text needs, without the item bank, the answer
 * checkers or the Simplified-to-Traditional dictionary. Use it in client components.
 */
export { article, paragraphs, getParagraph, appendixRows } from "./article";
export type { TArticle, TSection, TSectionId, TParagraph, TAppendix, TAppendixRow } from "./article";
export { toSimplified } from "./chinese/to-simplified";
export { lessons, getLesson } from "./lessons";
export type { TLesson, TKeyFact, TGlossaryEntry, TTimelineEvent, TBilingual } from "./lessons";
