"use client";

import { GRADING_LIMITS } from "@dc/api/contract";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { localized } from "~/lib/localized";
import { shortcutOf, toggled } from "./grading-keys";
import { type TCriterion, type TGroup } from "./types";

export type TMarkingDraft = { attemptIds: string[]; criteriaMet: string[]; comment: string };

/** A key press aimed at a text field, a list or a dialog, which use the keys themselves. */
function typingIn(target: EventTarget | null) {
  if (document.querySelector("dialog[open]")) return true;
  if (!(target instanceof HTMLElement)) return false;
  // A ticked criterion or student keeps the keys working (Enter saves from there too).
  if (target instanceof HTMLInputElement) return !["checkbox", "radio"].includes(target.type);
  return target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The answers of a group with the same text (spacing aside), shown once with the students who wrote it. */
function byText(answers: TGroup["answers"]) {
  const texts = new Map<string, TGroup["answers"]>();
  for (const a of answers) {
    const text = a.text.replace(/\s+/g, " ").trim();
    texts.set(text, [...(texts.get(text) ?? []), a]);
  }
  return [...texts];
}

/**
 * One group's answer(s) and the decision on them: the rubric's criteria as toggles (1–4), a comment,
 * and which students it applies to (all by default; untick to grade one answer apart). Starts from
 * the group's current marking. Its keys work anywhere on the page but in text fields and dialogs.
 */
export function MarkingForm({
  group,
  position,
  rubric,
  maxPoints,
  heading,
  busy,
  problem,
  onSave,
  onMove,
}: {
  group: TGroup;
  position: { index: number; count: number };
  rubric: readonly TCriterion[];
  maxPoints: number;
  heading: React.RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  problem: string | null;
  onSave: (draft: TMarkingDraft) => void;
  onMove: (step: 1 | -1) => void;
}) {
  const t = useTranslations("results.grading");
  const locale = useLocale();
  const id = useId();
  const start = group.marking ?? group.answers.find((a) => a.marking)?.marking ?? null;
  const [criteriaMet, setCriteriaMet] = useState<string[]>(start?.criteriaMet ?? []);
  const [comment, setComment] = useState(start?.comment ?? "");
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const ids = rubric.map((c) => c.id);
  const included = group.answers.filter((a) => !excluded.has(a.attemptId)).map((a) => a.attemptId);
  const points = rubric.filter((c) => criteriaMet.includes(c.id)).reduce((s, c) => s + c.points, 0);

  const save = () => {
    if (included.length) onSave({ attemptIds: included, criteriaMet, comment: comment.trim() });
  };
  // The latest handlers, for the one window listener.
  const live = useRef({ save, onMove, rubric });
  useEffect(() => {
    live.current = { save, onMove, rubric };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const { rubric: r } = live.current;
      // Buttons and links keep Enter for themselves (the Save button saves anyway).
      const onControl =
        event.target instanceof HTMLElement && ["BUTTON", "A", "SUMMARY"].includes(event.target.tagName);
      const shortcut = shortcutOf(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          typing: typingIn(event.target),
        },
        r.length,
      );
      if (!shortcut || (shortcut.kind === "save" && onControl && !event.ctrlKey && !event.metaKey)) return;
      event.preventDefault();
      if (shortcut.kind === "toggle")
        setCriteriaMet((met) =>
          toggled(
            r.map((c) => c.id),
            met,
            r[shortcut.index]!.id,
          ),
        );
      else if (shortcut.kind === "save") live.current.save();
      else if (shortcut.kind === "next") live.current.onMove(1);
      else if (shortcut.kind === "previous") live.current.onMove(-1);
      else {
        const help = document.getElementById("grading-keys") as HTMLDetailsElement | null;
        if (help) help.open = !help.open;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <section aria-labelledby={`${id}-heading`} className="card" data-testid="grading-group">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="font-serif text-xl font-bold">
          {t("groupHeading", { number: position.index + 1, count: position.count })}
        </h2>
        <p className="text-muted text-sm">{t("groupFacts", { size: group.size, graded: group.graded })}</p>
      </div>

      <ul className="mt-4 space-y-4">
        {byText(group.answers).map(([text, answers]) => (
          <li key={text} className="border-line rounded-xl border bg-stone-50 p-4">
            <p
              lang="zh-Hant"
              className="text-xl leading-loose break-words whitespace-pre-wrap"
              data-testid="answer-text"
            >
              {text || <span className="text-muted italic">{t("blank")}</span>}
            </p>
            <fieldset className="mt-3">
              <legend className="sr-only">{t("studentsLegend")}</legend>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {answers.map((a) => (
                  <li key={a.attemptId}>
                    <label className="inline-flex min-h-11 items-center gap-2">
                      <input
                        type="checkbox"
                        className="size-4"
                        checked={!excluded.has(a.attemptId)}
                        onChange={(e) =>
                          setExcluded((prev) => {
                            const next = new Set(prev);
                            if (e.target.checked) next.delete(a.attemptId);
                            else next.add(a.attemptId);
                            return next;
                          })
                        }
                      />
                      <span>
                        {a.student.classNumber !== null && (
                          <span className="text-muted">{a.student.classNumber}. </span>
                        )}
                        {a.student.name}
                        {a.points !== null && (
                          <span className="text-muted">
                            {" "}
                            · {t("pointsShort", { points: a.points, max: maxPoints })}
                          </span>
                        )}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </li>
        ))}
      </ul>

      <form
        className="mt-5 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset>
          <legend className="font-semibold">{t("criteriaLegend")}</legend>
          <ul className="mt-2 space-y-2">
            {rubric.map((c, i) => {
              const on = criteriaMet.includes(c.id);
              return (
                <li key={c.id}>
                  <label
                    className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border p-3 ${
                      on ? "border-ok bg-green-50" : "border-line bg-white"
                    }`}
                  >
                    <input
                      type="checkbox"
                      className="mt-1 size-5"
                      checked={on}
                      aria-keyshortcuts={String(i + 1)}
                      onChange={() => setCriteriaMet((met) => toggled(ids, met, c.id))}
                    />
                    <kbd aria-hidden className="rounded border border-stone-400 px-1.5 font-mono text-sm">
                      {i + 1}
                    </kbd>
                    <span className="flex-1">{localized(c.description, locale)}</span>
                    <span className="text-muted shrink-0 text-sm">
                      {t("criterionPoints", { points: c.points })}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <p className="mt-2 font-semibold" data-testid="marking-points">
            {t("pointsNow", { points, max: maxPoints })}
          </p>
        </fieldset>
        <div>
          <label htmlFor={`${id}-comment`} className="font-semibold">
            {t("comment")}
          </label>
          <textarea
            id={`${id}-comment`}
            className="field mt-1 min-h-24 leading-relaxed"
            maxLength={GRADING_LIMITS.comment}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={`${id}-comment-hint`}
          />
          <p id={`${id}-comment-hint`} className="text-muted mt-1 text-sm">
            {t("commentHint")}
          </p>
        </div>
        <FormAlert message={problem} />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="btn-primary"
            disabled={busy || !included.length}
            aria-keyshortcuts="Enter"
          >
            {busy ? t("saving") : t("save", { count: included.length })}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => onMove(-1)}
            aria-keyshortcuts="k ArrowLeft"
          >
            {t("previous")}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => onMove(1)}
            aria-keyshortcuts="j ArrowRight"
          >
            {t("next")}
          </button>
        </div>
      </form>
    </section>
  );
}
