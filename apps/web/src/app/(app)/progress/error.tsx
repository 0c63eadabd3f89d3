"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition } from "react";

/** The dashboard could not be loaded: say so and offer to try again. */
export default function ProgressError({ reset }: { reset: () => void }) {
  const t = useTranslations("progress");
  const router = useRouter();
  return (
    <div role="alert" className="card flex flex-wrap items-center gap-4">
      <p className="text-accent-dark">{t("error")}</p>
      <button
        type="button"
        className="btn-secondary"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        {t("retry")}
      </button>
    </div>
  );
}
