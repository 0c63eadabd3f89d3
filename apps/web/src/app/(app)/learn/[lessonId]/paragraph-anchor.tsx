import { getLocale, getTranslations } from "next-intl/server";
import { isAppendixRow, paragraphNumber } from "./paragraph-ids";

/**
 * The small "¶3" link to a paragraph's own address: floated at the start of the paragraph on phones,
 * in the left margin on wide screens. Its parent must be positioned.
 */
export async function ParagraphAnchor({ id }: { id: string }) {
  const [t, locale] = await Promise.all([getTranslations("reader"), getLocale()]);
  const n = paragraphNumber(id);
  return (
    <a
      href={`#${id}`}
      lang={locale}
      aria-label={isAppendixRow(id) ? t("rowLink", { n }) : t("paragraphLink", { n })}
      className="text-muted hover:text-accent-dark float-left mt-1.5 mr-2 inline-flex min-h-7 min-w-7 items-center justify-center rounded-sm border border-stone-300 bg-white px-1 font-sans text-xs leading-none font-medium tabular-nums no-underline select-none lg:absolute lg:top-2 lg:-left-12 lg:float-none lg:mt-0 lg:mr-0 lg:min-h-8 lg:min-w-9 lg:border-transparent lg:bg-transparent lg:text-sm"
    >
      ¶{n}
    </a>
  );
}
