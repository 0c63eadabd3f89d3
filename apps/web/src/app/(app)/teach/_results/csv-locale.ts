/** What an export is written in: the interface language and this browser's UTC offset (minutes east). */
export function csvLocale(locale: string) {
  return {
    lang: locale === "en" ? ("en" as const) : ("zh" as const),
    tzOffset: -new Date().getTimezoneOffset(),
  };
}
