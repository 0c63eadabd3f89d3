"use client";

import type { TPublicItem } from "@dc/content";
import { useTranslations } from "next-intl";
import { itemPromptId } from "./logic";

type Props = {
  item: TPublicItem;
  /** Interface locale ("zh-Hant" | "en"). */
  locale: string;
  /** Element id of the prompt text; defaults to `itemPromptId(item.id)`, which `ItemInput` uses too. */
  id?: string;
  /** The prompt's element: a heading when one item fills the page, else a paragraph. */
  as?: "h2" | "h3" | "p";
};

/**
 * The question: skill and type badges, then the prompt in Chinese; in the English interface, the English
 * prompt (when there is one) with the Chinese beneath in smaller muted type.
 */
export function ItemPrompt({ item, locale, id = itemPromptId(item.id), as: Tag = "h2" }: Props) {
  const t = useTranslations();
  const english = locale === "en" ? item.prompt.en : undefined;
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-2 text-xs font-medium">
        <span className="text-accent-dark bg-accent-soft rounded-full px-2.5 py-0.5">
          <span className="sr-only">{t("items.skillBadge")} </span>
          {t(`skills.${item.skill}`)}
        </span>
        <span className="text-muted rounded-full bg-stone-100 px-2.5 py-0.5">
          <span className="sr-only">{t("items.typeBadge")} </span>
          {t(`types.${item.type}`)}
        </span>
      </p>
      <Tag id={id} className="text-lg leading-relaxed font-semibold sm:text-xl">
        {english === undefined ? (
          <span lang="zh-Hant" className="block leading-[1.9]">
            {item.prompt.zh}
          </span>
        ) : (
          <>
            <span lang="en" className="block">
              {english}
            </span>
            <span lang="zh-Hant" className="text-muted mt-1 block text-base leading-[1.9] font-normal">
              {item.prompt.zh}
            </span>
          </>
        )}
      </Tag>
    </div>
  );
}
