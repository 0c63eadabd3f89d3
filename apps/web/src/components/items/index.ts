/*
 * Answer inputs and feedback for every quiz item type. Typical use in a quiz player:
 *
 *   <ItemPrompt item={item} locale={locale} />
 *   <ItemInput item={item} value={response} onChange={setResponse} disabled={final} reveal={reveal} locale={locale} />
 *   {reveal && result && <FeedbackPanel result={result} reveal={reveal} locale={locale} paragraphHref={href} />}
 *
 * `ItemInput` names its group by the prompt's id (`itemPromptId(item.id)`), so render `ItemPrompt` with it.
 */
export { ItemPrompt } from "./item-prompt";
export { ItemInput } from "./item-input";
export { FeedbackPanel } from "./feedback-panel";
