"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { localized } from "~/lib/localized";
import { useTRPC } from "~/trpc/react";
import { truncate } from "../../_results/format";
import { useErrorText } from "../../_results/error-text";
import { AcceptedKeyInput } from "./accepted-key-input";
import { buildAcceptedKeys, canAcceptAnswer, EMPTY_DRAFT, type TKeyDraft } from "./accepted-keys";
import { RegradeChanges } from "./regrade-changes";
import { type TAdjustAction, type TAdjustResult, type TAssignmentDetail } from "./types";

const ACTIONS: TAdjustAction[] = ["FULL_CREDIT", "DROP", "ACCEPT_ANSWER", "REVERT"];

/**
 * Corrects one item after students started: full credit, drop, accept another answer, or revert.
 * The server regrades every submitted attempt at once; the grades that moved are shown here.
 */
export function ItemCorrection({
  assignmentId,
  classId,
  request,
}: {
  assignmentId: string;
  classId: string;
  /** The item picked from the item analysis ("correct this item"), with when it was picked. */
  request: { itemId: string; at: number } | null;
}) {
  const t = useTranslations("results.correction");
  const trpc = useTRPC();
  const detail = useQuery(trpc.assignment.get.queryOptions({ assignmentId }));
  const [result, setResult] = useState<TAdjustResult | null>(null);
  if (!detail.data) {
    return (
      <p role={detail.isError ? "alert" : "status"} className="text-muted">
        {detail.isError ? t("loadError") : t("loading")}
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <CorrectionForm
        key={request?.at ?? 0}
        detail={detail.data}
        classId={classId}
        initialItemId={request?.itemId ?? detail.data.items[0]?.item.id ?? ""}
        focusOnMount={request !== null}
        onDone={setResult}
      />
      {result && (
        <div
          role="status"
          className="rounded-xl border border-green-700 bg-green-50 p-4"
          data-testid="regrade-result"
        >
          <p className="font-semibold text-green-900">
            {t("done", { attempts: result.attemptsRegraded, changed: result.changes.length })}
          </p>
          <p className="text-muted mt-1 text-sm">{t("openAttemptsNote")}</p>
          {result.changes.length > 0 && <RegradeChanges changes={result.changes} className="mt-3" />}
        </div>
      )}
    </div>
  );
}

function CorrectionForm({
  detail,
  classId,
  initialItemId,
  focusOnMount,
  onDone,
}: {
  detail: TAssignmentDetail;
  classId: string;
  initialItemId: string;
  focusOnMount: boolean;
  onDone: (result: TAdjustResult) => void;
}) {
  const t = useTranslations("results.correction");
  const tAll = useTranslations();
  const locale = useLocale();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [itemId, setItemId] = useState(initialItemId);
  const [action, setAction] = useState<TAdjustAction>("FULL_CREDIT");
  const [draft, setDraft] = useState<TKeyDraft>(EMPTY_DRAFT);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const entry = detail.items.find((i) => i.item.id === itemId) ?? detail.items[0];
  const adjust = useMutation(
    trpc.assignment.adjustItem.mutationOptions({
      onSuccess: (result) => {
        onDone(result);
        setReason("");
        setDraft(EMPTY_DRAFT);
        const assignmentId = detail.id;
        // Refresh in the background: the grades that moved are already in the result shown.
        for (const queryKey of [
          trpc.results.assignment.queryKey({ assignmentId }),
          trpc.assignment.get.queryKey({ assignmentId }),
          trpc.assignment.regrades.queryKey({ assignmentId }),
          trpc.results.gradebook.queryKey({ classId }),
        ]) {
          void queryClient.invalidateQueries({ queryKey });
        }
      },
    }),
  );
  if (!entry) return null;
  const item = entry.item;
  const acceptable = canAcceptAnswer(item.type);
  const enabled = (a: TAdjustAction) =>
    a === "ACCEPT_ANSWER" ? acceptable : a === "REVERT" ? entry.adjustment !== null : true;
  const chosen = enabled(action) ? action : "FULL_CREDIT";

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) return setProblem(t("reasonRequired"));
    let acceptedKeys: unknown[] | undefined;
    if (chosen === "ACCEPT_ANSWER") {
      const built = buildAcceptedKeys(item, draft);
      if (!built.ok) return setProblem(t(`problems.${built.problem}`));
      acceptedKeys = built.keys;
    }
    adjust.mutate({
      assignmentId: detail.id,
      itemId: item.id,
      action: chosen,
      reason: reason.trim(),
      ...(acceptedKeys && { acceptedKeys: acceptedKeys as never }),
    });
  };
  const message = problem ?? (adjust.isError ? errorText(adjust.error) : null);

  return (
    <form onSubmit={onSubmit} aria-labelledby="assignment-correction" className="space-y-5" noValidate>
      {!detail.started && <p className="text-muted">{t("notStarted")}</p>}
      <div>
        <label htmlFor="correction-item" className="font-medium">
          {t("item")}
        </label>
        <select
          id="correction-item"
          className="field mt-1"
          value={item.id}
          autoFocus={focusOnMount}
          onChange={(e) => {
            setItemId(e.target.value);
            setDraft(EMPTY_DRAFT);
            setProblem(null);
          }}
        >
          {detail.items.map((i) => (
            <option key={i.item.id} value={i.item.id}>
              {i.adjustment
                ? t("itemOptionAdjusted", {
                    n: i.position,
                    prompt: truncate(localized(i.item.prompt, locale), 30),
                    state: t(`state.${i.adjustment.action}`),
                  })
                : t("itemOption", { n: i.position, prompt: truncate(localized(i.item.prompt, locale), 30) })}
            </option>
          ))}
        </select>
      </div>
      <div className="border-line rounded-xl border bg-stone-50 p-4">
        <p className="text-muted text-sm">
          {tAll(`skills.${item.skill}`)} · {tAll(`types.${item.type}`)} · <code>{item.id}</code>
        </p>
        <p lang="zh-Hant" className="mt-1 leading-[1.9] font-medium">
          {item.prompt.zh}
        </p>
        <p className="mt-1">
          <span className="text-ok font-semibold">{t("key")}</span> {localized(entry.answerText, locale)}
        </p>
        {entry.adjustment && (
          <p className="mt-1 text-sm text-amber-900">
            {t("current", { action: t(`state.${entry.adjustment.action}`), reason: entry.adjustment.reason })}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="font-medium">{t("action")}</legend>
        <ul className="mt-2 space-y-2">
          {ACTIONS.map((a) => (
            <li key={a}>
              <label
                className={`flex items-start gap-3 rounded-lg border p-3 ${chosen === a ? "border-accent bg-accent-soft" : "border-line bg-white"} ${enabled(a) ? "cursor-pointer" : "opacity-70"}`}
              >
                <input
                  type="radio"
                  name="correction-action"
                  value={a}
                  className="mt-1.5 size-4 shrink-0"
                  checked={chosen === a}
                  disabled={!enabled(a)}
                  onChange={() => {
                    setAction(a);
                    setProblem(null);
                  }}
                />
                <span>
                  <span className="block font-medium">{t(`actions.${a}`)}</span>
                  <span className="text-muted block text-sm">
                    {enabled(a)
                      ? t(`actions.${a}Hint`)
                      : a === "REVERT"
                        ? t("revertDisabled")
                        : t("notAcceptable")}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen === "ACCEPT_ANSWER" && <AcceptedKeyInput item={item} draft={draft} onChange={setDraft} />}
      <div>
        <label htmlFor="correction-reason" className="font-medium">
          {t("reason")}
        </label>
        <textarea
          id="correction-reason"
          className="field mt-1 min-h-20"
          maxLength={500}
          required
          aria-required="true"
          aria-describedby="correction-reason-hint"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id="correction-reason-hint" className="text-muted mt-1 text-sm">
          {t("reasonHint")}
        </p>
      </div>
      <div role="alert" className={message ? "text-accent-dark font-medium" : "sr-only"}>
        {message}
      </div>
      <button type="submit" className="btn-primary" disabled={adjust.isPending}>
        {adjust.isPending ? t("applying") : t("apply")}
      </button>
    </form>
  );
}
