import type { RouterOutputs } from "@dc/api";
import type { TResponse } from "@dc/content";
import type { TNavState } from "./question-nav";
import type { TQueue } from "./save-queue";

/*
 * The quiz player's state logic, as pure functions of the server's view of the attempt (which also
 * carries its rules, e.g. `checksEachAnswer`) and of what this tab holds: unsaved answers (the save
 * queue) and fields the learner emptied. use-attempt-player.ts holds the state; views only render.
 */

export type TAttemptView = RouterOutputs["attempt"]["get"];
export type TEntry = TAttemptView["items"][number];

/** Where the player opens: the first question neither final nor answered, else the first. */
export const initialIndex = (items: readonly TEntry[]) =>
  Math.max(
    0,
    items.findIndex((e) => !e.final && !e.answer),
  );

/**
 * The response shown for an entry: none when the learner emptied the field (the server keeps the
 * last real answer), else this tab's unsaved one, else the server's.
 */
export function shownResponse(entry: TEntry, queue: TQueue, cleared: ReadonlySet<string>): TResponse | null {
  if (cleared.has(entry.item.id)) return null;
  return queue[entry.item.id]?.response ?? entry.answer?.response ?? null;
}

/** An edit of a field: emptied fields are remembered (to show them empty), answered ones forgotten. */
export function withCleared(cleared: ReadonlySet<string>, itemId: string, response: TResponse | null) {
  const next = new Set(cleared);
  if (response) next.delete(itemId);
  else next.add(itemId);
  return next;
}

/** Each question's state in the navigation: its result once the server gave one, else answered or not. */
export function navStates(
  items: readonly TEntry[],
  responseAt: (index: number) => TResponse | null,
): TNavState[] {
  return items.map((e, i) => {
    if (e.result) return e.result.correct ? "right" : e.result.score > 0 ? "partial" : "wrong";
    return responseAt(i) ? "answered" : "empty";
  });
}

/** The revision a practice check sends: one above what this tab or the server has. */
export const checkRevision = (entry: TEntry, queue: TQueue) =>
  (queue[entry.item.id]?.revision ?? entry.answer?.revision ?? 0) + 1;

/** Why a check cannot be sent now (a message key of `attempt`), or null. */
export function checkBlocker(response: TResponse | null, online: boolean) {
  if (!response) return "checkNeedsAnswer" as const;
  if (!online) return "offlineCheck" as const;
  return null;
}

/** What the finish button does and says: practice and review with every answer checked submit at once. */
export function finishAction(view: Pick<TAttemptView, "kind" | "checksEachAnswer" | "items">) {
  const allChecked = view.items.every((e) => e.final);
  // Review has no score to lose: stopping keeps what was checked, the rest waits (no exam dialog).
  const direct = (view.checksEachAnswer && allChecked) || view.kind === "REVIEW";
  const label =
    view.kind === "PRACTICE"
      ? "finishPractice"
      : view.kind === "REVIEW"
        ? "finishReview"
        : ("submit" as const);
  return { direct, label } as const;
}

/** Whether the current question offers "check" (practice and review, until its answer is final). */
export const offersCheck = (view: Pick<TAttemptView, "checksEachAnswer">, entry: TEntry) =>
  view.checksEachAnswer && !entry.final;
