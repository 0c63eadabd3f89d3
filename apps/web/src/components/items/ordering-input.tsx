"use client";

import { useTranslations } from "next-intl";
import { useId, useLayoutEffect, useRef, useState } from "react";
import { localized } from "~/lib/localized";
import { BilingualText } from "./bilingual-text";
import {
  dropIndex,
  isPermutation,
  moveEntry,
  orderingMarks,
  responseOf,
  sameOrder,
  type TInputProps,
} from "./logic";

type TDrag = { id: string; pointerId: number; startY: number; dy: number; target: number };
type TControl = "row" | "up" | "down";

/**
 * Ordering: a list reordered with visible move up/down buttons (the primary path), Alt+Arrow keys on a
 * focused row, or by dragging the ⠿ handle; each move is announced. Controlled: it shows `value.order`
 * when that is a full order, else the order given. Only interaction (a move, or the explicit confirm
 * button for the order as shown) calls `onChange`, always with the full order.
 */
export function OrderingInput({
  item,
  value,
  onChange,
  disabled,
  reveal,
  locale,
  promptId,
}: TInputProps<"ordering">) {
  const t = useTranslations("items");
  const id = useId();
  const ids = item.events.map((event) => event.id);
  const given = responseOf("ordering", value)?.order;
  const [local, setLocal] = useState<string[]>(ids);
  const order = given && isPermutation(given, ids) ? given : isPermutation(local, ids) ? local : ids;
  const confirmed = given !== undefined && sameOrder(given, order);
  const [drag, setDrag] = useState<TDrag | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ id: string; control: TControl } | null>(null);

  const events = new Map(item.events.map((event) => [event.id, event]));
  const plain = (eventId: string) => {
    const event = events.get(eventId);
    return event ? localized(event.text, locale) : eventId;
  };
  const key = reveal?.key ?? null;
  const marks = key ? new Map(orderingMarks(order, key).map((mark) => [mark.id, mark])) : null;

  // After a move, keep focus on the control that moved the row (or its twin when it became disabled).
  useLayoutEffect(() => {
    const pending = focusAfter.current;
    if (!pending) return;
    focusAfter.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-event="${pending.id}"]`);
    if (!row) return;
    const button = (control: TControl) =>
      row.querySelector<HTMLButtonElement>(`[data-move="${control}"]:not(:disabled)`);
    const target =
      pending.control === "row"
        ? row
        : (button(pending.control) ?? button(pending.control === "up" ? "down" : "up") ?? row);
    target.focus();
  });

  function commit(next: string[], movedId: string) {
    setLocal(next);
    onChange({ type: "ordering", order: next });
    setAnnouncement(
      t("moved", { text: plain(movedId), position: next.indexOf(movedId) + 1, total: next.length }),
    );
  }

  function move(eventId: string, delta: number, control: TControl) {
    const from = order.indexOf(eventId);
    const to = from + delta;
    if (disabled || from < 0 || to < 0 || to >= order.length) return;
    focusAfter.current = { id: eventId, control };
    commit(moveEntry(order, from, to), eventId);
  }

  function onRowKeyDown(event: React.KeyboardEvent<HTMLLIElement>, eventId: string) {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    const up = event.key === "ArrowUp";
    if (event.altKey) {
      event.preventDefault();
      const moveControl = (event.target as HTMLElement).dataset.move;
      move(eventId, up ? -1 : 1, moveControl === "up" || moveControl === "down" ? moveControl : "row");
    } else if (event.target === event.currentTarget) {
      event.preventDefault();
      const sibling = up
        ? event.currentTarget.previousElementSibling
        : event.currentTarget.nextElementSibling;
      if (sibling instanceof HTMLElement) sibling.focus();
    }
  }

  function onHandleDown(event: React.PointerEvent<HTMLSpanElement>, eventId: string) {
    if (disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const index = order.indexOf(eventId);
    setDrag({ id: eventId, pointerId: event.pointerId, startY: event.clientY, dy: 0, target: index });
  }

  function onHandleMove(event: React.PointerEvent<HTMLSpanElement>) {
    if (!drag || drag.pointerId !== event.pointerId) return;
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-event]") ?? [])];
    const middles = rows
      .filter((row) => row.dataset.event !== drag.id)
      .map((row) => {
        const rect = row.getBoundingClientRect();
        return rect.top + rect.height / 2;
      });
    setDrag({ ...drag, dy: event.clientY - drag.startY, target: dropIndex(middles, event.clientY) });
  }

  function onHandleUp(event: React.PointerEvent<HTMLSpanElement>) {
    if (!drag || drag.pointerId !== event.pointerId) return;
    setDrag(null);
    const from = order.indexOf(drag.id);
    if (from >= 0 && drag.target !== from) commit(moveEntry(order, from, drag.target), drag.id);
  }

  // While dragging, a line shows where the row will land among the other rows.
  const others = drag ? order.filter((eventId) => eventId !== drag.id) : [];
  const landing = drag && drag.target !== order.indexOf(drag.id) ? drag.target : null;
  const lineClass = (eventId: string) => {
    if (landing === null || eventId === drag?.id) return "";
    const index = others.indexOf(eventId);
    if (index === landing) return "shadow-[0_-4px_0_0_var(--color-accent)]";
    if (index === others.length - 1 && landing === others.length)
      return "shadow-[0_4px_0_0_var(--color-accent)]";
    return "";
  };

  return (
    <fieldset
      aria-labelledby={promptId}
      aria-describedby={disabled ? undefined : `${id}-hint`}
      className="space-y-3"
    >
      {!disabled && (
        <p id={`${id}-hint`} className="text-muted text-sm">
          {t("orderingHint")}
        </p>
      )}
      <ol ref={listRef} className="space-y-2">
        {order.map((eventId, index) => {
          const event = events.get(eventId);
          const mark = marks?.get(eventId);
          const dragging = drag?.id === eventId;
          const rowId = `${id}-${eventId}`;
          return (
            <li
              key={eventId}
              data-event={eventId}
              tabIndex={disabled ? undefined : 0}
              aria-labelledby={`${rowId}-pos ${rowId}-text`}
              onKeyDown={disabled ? undefined : (keyEvent) => onRowKeyDown(keyEvent, eventId)}
              style={dragging ? { transform: `translateY(${drag.dy}px)` } : undefined}
              className={`flex items-stretch gap-2 rounded-xl border p-2 ${dragging ? "relative z-10 shadow-lg" : ""} ${lineClass(eventId)} ${mark ? (mark.right ? "border-ok bg-green-50" : "border-accent bg-accent-soft") : "border-line bg-white"}`}
            >
              {!disabled && (
                <span
                  aria-hidden
                  title={t("dragHandle")}
                  onPointerDown={(pointer) => onHandleDown(pointer, eventId)}
                  onPointerMove={onHandleMove}
                  onPointerUp={onHandleUp}
                  onPointerCancel={() => setDrag(null)}
                  className={`text-muted flex w-8 shrink-0 touch-none items-center justify-center rounded-md text-xl select-none hover:bg-stone-100 ${dragging ? "cursor-grabbing" : "cursor-grab"}`}
                >
                  ⠿
                </span>
              )}
              <span
                id={`${rowId}-pos`}
                className="bg-ink mt-1.5 grid size-7 shrink-0 place-items-center rounded-full text-sm font-semibold text-white"
              >
                <span className="sr-only">{t("position", { n: index + 1 })}</span>
                <span aria-hidden>{index + 1}</span>
              </span>
              <span className="min-w-0 flex-1 self-center py-1">
                <span id={`${rowId}-text`} className="block">
                  {event ? <BilingualText text={event.text} locale={locale} /> : eventId}
                </span>
                {mark && (mark.right || mark.correctPosition !== null) && (
                  <span
                    className={`mt-1 inline-flex items-center gap-1 text-sm font-semibold ${mark.right ? "text-ok" : "text-accent-dark"}`}
                  >
                    <span aria-hidden>{mark.right ? "✓" : "✗"}</span>
                    {mark.right ? t("rightPlace") : t("wrongPlace", { n: mark.correctPosition ?? 0 })}
                  </span>
                )}
              </span>
              {!disabled && (
                <span className="flex shrink-0 flex-col gap-1">
                  <MoveButton
                    direction="up"
                    label={t("moveUp", { text: plain(eventId) })}
                    disabled={index === 0}
                    onClick={() => move(eventId, -1, "up")}
                  />
                  <MoveButton
                    direction="down"
                    label={t("moveDown", { text: plain(eventId) })}
                    disabled={index === order.length - 1}
                    onClick={() => move(eventId, 1, "down")}
                  />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!disabled && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            className="btn-secondary"
            aria-describedby={`${id}-confirm-hint`}
            onClick={() => {
              onChange({ type: "ordering", order });
              setAnnouncement(t("orderConfirmed"));
            }}
          >
            {t("confirmOrder")}
          </button>
          <p
            id={`${id}-confirm-hint`}
            className={`flex items-center gap-1.5 text-sm ${confirmed ? "text-ok font-semibold" : "text-muted"}`}
          >
            {confirmed && <span aria-hidden>✓</span>}
            {t(confirmed ? "orderConfirmed" : "confirmOrderHint")}
          </p>
        </div>
      )}
      {key && (
        <div className="border-line rounded-xl border bg-white p-3">
          <p className="font-semibold">{t("correctOrder")}</p>
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {key.map((eventId) => (
              <li key={eventId}>{plain(eventId)}</li>
            ))}
          </ol>
        </div>
      )}
    </fieldset>
  );
}

function MoveButton({
  direction,
  label,
  disabled,
  onClick,
}: {
  direction: "up" | "down";
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      data-move={direction}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="border-line text-ink grid h-10 w-11 place-items-center rounded-lg border bg-white text-lg hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-40"
    >
      <span aria-hidden>{direction === "up" ? "↑" : "↓"}</span>
    </button>
  );
}
