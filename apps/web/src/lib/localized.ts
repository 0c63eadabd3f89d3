/** Picks the interface language's version of a bilingual text, falling back to the Chinese source. */
export const localized = (text: { zh: string; en?: string }, locale: string) =>
  locale === "en" ? (text.en ?? text.zh) : text.zh;
