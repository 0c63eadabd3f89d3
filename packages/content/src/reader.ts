/*
 * `@dc/content/reader`: what a page that shows the text needs, without the item bank, the answer
 * checkers, zod or either script converter. Nothing here validates at import, so it is safe for client
 * components; the reader page itself looks things up on the server and hands its components props.
 * The 简体 converter has its own entry, `@dc/content/simplify`, for loading it on demand.
 */
export { article, paragraphs, getParagraph, appendixRows } from "./article";
export type { TArticle, TSection, TSectionId, TParagraph, TAppendix, TAppendixRow } from "./article";
export { lessons, getLesson } from "./lessons";
export type { TLesson, TKeyFact, TGlossaryEntry, TTimelineEvent, TBilingual } from "./lessons";
