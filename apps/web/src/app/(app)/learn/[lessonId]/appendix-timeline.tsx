"use client";

import type { TAppendixRow } from "@dc/content/reader";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useHash } from "./use-hash";
import { useZh } from "~/lib/use-script";

/** The months the table spans, June included: the timeline shows the gap. */
const MONTHS = [5, 6, 7, 8, 9];

const KEYS_BACK = new Set(["ArrowLeft", "ArrowUp"]);
const KEYS_FORWARD = new Set(["ArrowRight", "ArrowDown"]);

/**
 * The seven speeches of 附表1 as a timeline of tabs: months from May to September, the occasions as
 * tabs (click, Enter or Space, arrow keys, Home and End), the chosen one's main points in a panel.
 * Horizontal on wide screens, vertical on phones. Following a link to a row (#s5-r3) chooses it too.
 */
export function AppendixTimeline({ rows }: { rows: readonly TAppendixRow[] }) {
  const t = useTranslations("reader");
  const { zh, lang } = useZh();
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [selected, setSelected] = useState(0);

  // A followed anchor to a row selects that row (adjusting state while rendering, not in an effect).
  const hash = useHash();
  const [seenHash, setSeenHash] = useState(hash);
  if (hash !== seenHash) {
    setSeenHash(hash);
    const index = rows.findIndex((row) => row.id === hash);
    if (index >= 0) setSelected(index);
  }

  const choose = (index: number) => {
    const count = rows.length;
    const next = (index + count) % count;
    setSelected(next);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    if (KEYS_BACK.has(event.key)) choose(index - 1);
    else if (KEYS_FORWARD.has(event.key)) choose(index + 1);
    else if (event.key === "Home") choose(0);
    else if (event.key === "End") choose(rows.length - 1);
    else return;
    event.preventDefault();
  };

  const row = rows[selected] ?? rows[0];
  const tabId = (index: number) => `${baseId}-tab-${index}`;
  const panelId = `${baseId}-panel`;

  return (
    <section aria-labelledby={`${baseId}-heading`} className="mb-12">
      <h3 id={`${baseId}-heading`} className="mb-1 text-xl font-bold">
        {t("appendixTimeline")}
      </h3>
      <p className="text-muted mb-5 text-sm">{t("timelineHint")}</p>

      <div
        role="tablist"
        aria-label={t("appendixTimeline")}
        className="relative flex flex-col gap-4 pl-6 sm:flex-row sm:gap-2 sm:pt-8 sm:pl-0"
      >
        <span
          aria-hidden
          className="bg-line absolute top-1 bottom-1 left-[0.4rem] w-0.5 sm:top-[0.55rem] sm:right-0 sm:bottom-auto sm:left-0 sm:h-0.5 sm:w-auto"
        />
        {MONTHS.map((month) => {
          const inMonth = rows.map((r, index) => ({ r, index })).filter(({ r }) => r.month === month);
          return (
            <div
              key={month}
              className={`relative flex flex-col gap-2 ${inMonth.length ? "sm:flex-1" : "sm:w-12 sm:flex-none"}`}
            >
              <span
                aria-hidden
                className={`ring-paper absolute top-1.5 -left-[1.3rem] size-3 rounded-full ring-4 sm:-top-[1.85rem] sm:left-0 ${inMonth.length ? "bg-accent" : "bg-stone-300"}`}
              />
              <span
                aria-hidden
                lang={lang}
                className={`text-sm font-bold sm:absolute sm:-top-[1.45rem] sm:left-5 ${inMonth.length ? "text-accent-dark" : "text-stone-500"}`}
              >
                {month}月
              </span>
              {inMonth.map(({ r, index }) => (
                <button
                  key={r.id}
                  ref={(element) => {
                    tabs.current[index] = element;
                  }}
                  type="button"
                  role="tab"
                  lang={lang}
                  id={tabId(index)}
                  aria-selected={index === selected}
                  aria-controls={panelId}
                  tabIndex={index === selected ? 0 : -1}
                  onClick={() => setSelected(index)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                  className={`min-h-11 rounded-lg border px-3 py-2 text-left text-sm leading-snug transition-colors ${
                    index === selected
                      ? "border-accent bg-accent text-white shadow-sm"
                      : "border-line text-ink hover:border-accent bg-white"
                  }`}
                >
                  <span className="sr-only">{r.monthLabel} </span>
                  {zh(r.occasion)}
                </button>
              ))}
            </div>
          );
        })}
      </div>

      {row && (
        <div
          role="tabpanel"
          id={panelId}
          aria-labelledby={tabId(selected)}
          tabIndex={0}
          className="card mt-5"
        >
          <p className="text-accent-dark text-sm font-semibold">{t("monthOf2020", { month: row.month })}</p>
          <h4 lang={lang} className="mb-3 font-serif text-lg font-bold">
            {zh(row.occasion)}
          </h4>
          <div lang={lang} className="space-y-3 font-serif text-base leading-[1.95]">
            {row.points.map((point, i) => (
              <p key={i}>{zh(point)}</p>
            ))}
          </div>
          <a
            href={`#${row.id}`}
            className="text-accent-dark mt-4 inline-block text-sm underline underline-offset-4"
          >
            {t("viewInTable")}
          </a>
        </div>
      )}
    </section>
  );
}
