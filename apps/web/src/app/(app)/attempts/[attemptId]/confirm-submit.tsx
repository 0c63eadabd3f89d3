"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

/** The "submit now?" dialog, with the number of questions left blank; `open` shows it. */
export function useConfirmSubmit(unanswered: number, onSubmit: () => void) {
  const t = useTranslations("attempt");
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);
  const open = () => {
    setConfirming(true);
    dialog.current?.showModal();
  };
  const close = () => {
    setConfirming(false);
    dialog.current?.close();
  };
  const element = (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-title"
      onClose={() => setConfirming(false)}
      className="border-line m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border p-6 backdrop:bg-black/40"
    >
      {confirming && (
        <>
          <h2 id="confirm-title" className="font-serif text-xl font-bold">
            {t("confirmTitle")}
          </h2>
          <p className="mt-2">{t("confirmBody")}</p>
          {unanswered > 0 && (
            <p className="text-accent-dark mt-2 font-medium">
              {t("confirmUnanswered", { count: unanswered })}
            </p>
          )}
          <div className="mt-5 flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={close} autoFocus>
              {t("confirmCancel")}
            </button>
            <button
              type="button"
              className="btn-primary"
              onClick={() => {
                close();
                onSubmit();
              }}
            >
              {t("confirmSubmit")}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
  return { open, element };
}
