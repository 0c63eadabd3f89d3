import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { getScript, simplifyMessages } from "./server-script";

/** The chosen locale (cookie), else the browser's preference, else Traditional Chinese. */
async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const accept = (await headers()).get("accept-language") ?? "";
  return /^en\b/i.test(accept.trim()) ? "en" : DEFAULT_LOCALE;
}

/** The Chinese interface in Simplified, converted once per server process. */
let simplified: Record<string, unknown> | undefined;

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await import(`../../messages/${locale}.json`)) as { default: Record<string, unknown> };
  // A reader who chose 简体 gets the whole interface in it, not only the article.
  if (locale === "zh-Hant" && (await getScript()) === "hans") {
    simplified ??= simplifyMessages(messages.default);
    return { locale, messages: simplified };
  }
  return { locale, messages: messages.default };
});
