"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { FormAlert } from "~/components/form-alert";

type Props = {
  /** The button's text, and its accessible name when it differs (e.g. "Remove 陳大文"). */
  label: string;
  ariaLabel?: string;
  className?: string;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  /** Does the work; resolves to an error message to show in the dialog, or null when done. */
  onConfirm: () => Promise<string | null>;
};

/**
 * A button that asks first, in a modal dialog (focus moves into it and Escape cancels). The
 * action runs from the dialog; an error keeps it open with the message.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  className = "btn-secondary",
  title,
  body,
  confirmLabel,
  onConfirm,
}: Props) {
  const t = useTranslations("classes.confirm");
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else dialog.current?.close();
  }

  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="border-line text-ink m-auto w-[min(30rem,calc(100vw-2rem))] rounded-2xl border bg-white p-6 shadow-xl backdrop:bg-stone-900/50"
        onCancel={(e) => {
          if (busy) e.preventDefault();
        }}
      >
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="text-muted mt-3 space-y-2">
          {body}
        </div>
        <div className={error ? "mt-4" : ""}>
          <FormAlert message={error} />
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button
            type="button"
            className="btn-secondary"
            autoFocus
            disabled={busy}
            onClick={() => dialog.current?.close()}
          >
            {t("cancel")}
          </button>
          <button type="button" className="btn-primary" disabled={busy} onClick={() => void confirm()}>
            {busy ? t("working") : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
