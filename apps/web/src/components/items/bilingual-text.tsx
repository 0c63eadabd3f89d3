import type { TText } from "@dc/content";

type Props = { text: TText; locale: string; className?: string; zhClassName?: string };

/**
 * A bilingual text: the Chinese source alone, or, in the English interface when an English version exists,
 * the English first with the Chinese beneath in smaller muted type, so learners still meet the source words.
 */
export function BilingualText({ text, locale, className, zhClassName = "text-muted text-sm" }: Props) {
  if (locale !== "en" || text.en === undefined || text.en === text.zh) {
    return (
      <span lang="zh-Hant" className={className}>
        {text.zh}
      </span>
    );
  }
  return (
    <span className={className}>
      <span lang="en" className="block">
        {text.en}
      </span>
      <span lang="zh-Hant" className={`block ${zhClassName}`}>
        {text.zh}
      </span>
    </span>
  );
}
