/**
 * The one zh/en text picker: the language's version of a bilingual text, falling back to the
 * Chinese source (English versions are optional). `lang` is "en", "zh" or a locale ("zh-Hant").
 */
export const localized = (text: { zh: string; en?: string }, lang: string): string =>
  lang === "en" ? (text.en ?? text.zh) : text.zh;
