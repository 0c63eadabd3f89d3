"use client";

import { fillBlanks } from "@dc/content/cloze";
import type { TPublicItem } from "@dc/content";
import { useTranslations } from "next-intl";
import { BilingualText } from "~/components/items/bilingual-text";
import { WrittenKey } from "~/components/items/written-rubric";

type Props = {
  view: TPublicItem;
  /** The key as text, and the explanation: the teacher may see both. */
  answer: string;
  explanation: { zh: string; en?: string };
  source: { paragraphId: string; quote: string };
  /** A written item's rubric (its model answer is `answer`); null for other types. */
  rubric: TRubric | null;
  locale: string;
};

type TRubric = { id: string; points: number; description: { zh: string; en: string } }[];

const listClass = "ml-5 list-disc space-y-0.5";

/** What the student will be shown (choices, events, blanks...), then the key and why. */
export function ItemPreview({ view, answer, explanation, source, rubric, locale }: Props) {
  const t = useTranslations("assignments.new.preview");
  return (
    <div className="mt-3 space-y-3 text-[15px]">
      <PreviewBody view={view} locale={locale} />
      {view.type === "written" && rubric ? (
        <WrittenKey modelAnswer={{ zh: answer }} rubric={rubric} locale={locale} />
      ) : (
        <p>
          <span className="text-ok font-semibold">{t("answer")}</span> <span lang="zh-Hant">{answer}</span>
        </p>
      )}
      <p className="text-muted">
        <BilingualText text={explanation} locale={locale} />
      </p>
      <p className="text-muted text-sm">
        {t("source")} <span className="font-mono">{source.paragraphId}</span>{" "}
        <span lang="zh-Hant">「{source.quote}」</span>
      </p>
    </div>
  );
}

function PreviewBody({ view, locale }: { view: TPublicItem; locale: string }) {
  const t = useTranslations("assignments.new.preview");
  const ti = useTranslations("items");
  switch (view.type) {
    case "single":
    case "multi":
      return (
        <ul className={listClass} aria-label={t("choices")}>
          {view.choices.map((c) => (
            <li key={c.id}>
              <BilingualText text={c.text} locale={locale} />
            </li>
          ))}
        </ul>
      );
    case "truefalse":
      return <p className="text-muted">{t("truefalse")}</p>;
    case "numeric":
      return <p className="text-muted">{t("unit", { unit: view.unit })}</p>;
    case "date":
      return (
        <p className="text-muted">
          {t("dateParts", { parts: view.parts.map((part) => ti(part)).join(" / ") })}
        </p>
      );
    case "ordering":
      return (
        <ul className={listClass} aria-label={t("events")}>
          {view.events.map((e) => (
            <li key={e.id}>
              <BilingualText text={e.text} locale={locale} />
            </li>
          ))}
        </ul>
      );
    case "matching":
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <ul className={listClass} aria-label={t("left")}>
            {view.left.map((o) => (
              <li key={o.id}>
                <BilingualText text={o.text} locale={locale} />
              </li>
            ))}
          </ul>
          <ul className={listClass} aria-label={t("right")}>
            {view.right.map((o) => (
              <li key={o.id}>
                <BilingualText text={o.text} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      );
    case "cloze":
      return (
        <div className="space-y-1">
          <p lang="zh-Hant">{fillBlanks(view.text, (n) => `（${n}）____`)}</p>
          {view.options && <p className="text-muted">{t("wordBank", { words: view.options.join("、") })}</p>}
        </div>
      );
    case "written":
      return <p className="text-muted">{t("written", { points: view.points })}</p>;
    default:
      // A new item type needs its preview here: the compiler stops at this line until it has one.
      return view satisfies never;
  }
}
