"use client";

import type { TItem } from "@dc/content";
import { useTranslations } from "next-intl";
import { localized } from "~/lib/localized";
import styles from "./print.module.css";

const LETTERS = "ABCDEFGHIJ";

/** One question on paper: the prompt and a place to answer, by item type; with its key on the teacher's copy. */
export function PaperItem({
  n,
  item,
  answerText,
  locale,
  withKey,
}: {
  n: number;
  item: TItem;
  answerText: { zh: string; en: string };
  locale: string;
  withKey: boolean;
}) {
  const t = useTranslations("manage.print");
  const text = (value: { zh: string; en?: string }) => localized(value, locale);
  return (
    <li className={styles.question}>
      <p className="font-medium">
        <span className="mr-2 tabular-nums">{n}.</span>
        {text(item.prompt)}
      </p>
      <div className="mt-2 pl-6">
        <AnswerSpace item={item} locale={locale} />
      </div>
      {withKey && (
        <div className="mt-2 pl-6 text-[0.95em]">
          <p>
            <strong>{t("key")}</strong> {text(answerText)}
          </p>
          <p className="text-stone-600">{text(item.explanation)}</p>
        </div>
      )}
    </li>
  );
}

/** Where the student writes: boxes to tick, lines to fill, by item type. */
function AnswerSpace({ item, locale }: { item: TItem; locale: string }) {
  const t = useTranslations("manage.print");
  switch (item.type) {
    case "single":
    case "multi":
      return (
        <>
          {item.type === "multi" && <p className="text-sm text-stone-600">{t("multiHint")}</p>}
          <ol className="grid gap-x-6 sm:grid-cols-2">
            {item.choices.map((c, i) => (
              <li key={c.id}>
                <span className={styles.box} aria-hidden />
                {LETTERS[i]}. {localized(c.text, locale)}
              </li>
            ))}
          </ol>
        </>
      );
    case "truefalse":
      return (
        <p className="flex gap-8">
          <span>
            <span className={styles.box} aria-hidden />
            {t("true")}
          </span>
          <span>
            <span className={styles.box} aria-hidden />
            {t("false")}
          </span>
        </p>
      );
    case "numeric":
      return (
        <p>
          {t("answer")} <span className={styles.line} /> {item.unit}
        </p>
      );
    case "date":
      return (
        <p className="flex flex-wrap gap-4">
          {item.answer.year !== undefined && (
            <span>
              <span className={styles.line} style={{ minWidth: "4rem" }} /> {t("year")}
            </span>
          )}
          {item.answer.month !== undefined && (
            <span>
              <span className={styles.line} style={{ minWidth: "2.5rem" }} /> {t("month")}
            </span>
          )}
          {item.answer.day !== undefined && (
            <span>
              <span className={styles.line} style={{ minWidth: "2.5rem" }} /> {t("day")}
            </span>
          )}
        </p>
      );
    case "ordering":
      return (
        <>
          <p className="text-sm text-stone-600">{t("orderingHint")}</p>
          <ul>
            {item.events.map((e) => (
              <li key={e.id}>
                <span className={styles.line} style={{ minWidth: "2rem" }} /> {localized(e.text, locale)}
              </li>
            ))}
          </ul>
        </>
      );
    case "matching":
      return (
        <div className="grid gap-x-8 sm:grid-cols-2">
          <ol>
            {item.left.map((l, i) => (
              <li key={l.id}>
                {i + 1}. {localized(l.text, locale)} →{" "}
                <span className={styles.line} style={{ minWidth: "2rem" }} />
              </li>
            ))}
          </ol>
          <ol>
            {item.right.map((r, i) => (
              <li key={r.id}>
                {LETTERS[i]}. {localized(r.text, locale)}
              </li>
            ))}
          </ol>
        </div>
      );
    case "cloze":
      return (
        <>
          <p>
            {item.text.split(/(\{\{\d+\}\})/).map((part, i) => {
              const blank = /^\{\{(\d+)\}\}$/.exec(part);
              return blank ? (
                <span key={i}>
                  <span className={styles.line} style={{ minWidth: "5rem" }} />
                  <sup>({blank[1]})</sup>
                </span>
              ) : (
                <span key={i}>{part}</span>
              );
            })}
          </p>
          {item.options && (
            <p className="mt-1 text-sm">
              {t("wordBank")} {item.options.join("　")}
            </p>
          )}
        </>
      );
  }
}
