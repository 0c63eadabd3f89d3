"use client";

import { useTranslations } from "next-intl";

export type TNavState = "empty" | "answered" | "right" | "wrong" | "partial";

const STYLE: Record<TNavState, string> = {
  empty: "border-line bg-white text-muted",
  answered: "border-ink bg-ink text-white",
  right: "border-ok bg-green-50 text-ok",
  wrong: "border-accent bg-accent-soft text-accent-dark",
  partial: "border-warn bg-orange-50 text-warn",
};
const MARK: Record<TNavState, string> = { empty: "", answered: "", right: "✓", wrong: "✗", partial: "◐" };

/** Numbered buttons to jump between questions; each says (in words, not only colour) how it stands. */
export function QuestionNav({
  states,
  current,
  onSelect,
}: {
  states: TNavState[];
  current: number;
  onSelect: (i: number) => void;
}) {
  const t = useTranslations("attempt");
  const label: Record<TNavState, string> = {
    empty: t("stateEmpty"),
    answered: t("stateAnswered"),
    right: t("stateRight"),
    wrong: t("stateWrong"),
    partial: t("statePartial"),
  };
  return (
    <nav aria-label={t("questions")}>
      <ol className="flex flex-wrap gap-1.5">
        {states.map((state, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => onSelect(i)}
              aria-current={i === current ? "step" : undefined}
              aria-label={t("goTo", { n: i + 1, state: label[state] })}
              className={`grid size-10 place-items-center rounded-lg border text-sm font-medium ${STYLE[state]} ${i === current ? "ring-accent ring-2 ring-offset-2" : ""}`}
            >
              {MARK[state] || i + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
