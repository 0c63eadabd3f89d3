"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { downloadText } from "./download";
import { useErrorText } from "./error-text";

type TCsv = { filename: string; content: string; rows: number };

/** A button that asks the server for a CSV export (always fresh) and saves it as a file. */
export function CsvButton({ label, load }: { label: string; load: () => Promise<TCsv> }) {
  const t = useTranslations("results.csv");
  const errorText = useErrorText();
  const errorId = useId();
  const download = useMutation({
    mutationFn: load,
    onSuccess: (csv) => downloadText(csv.filename, csv.content),
  });
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        className="btn-secondary"
        onClick={() => download.mutate()}
        disabled={download.isPending}
        aria-describedby={download.isError ? errorId : undefined}
      >
        <svg aria-hidden width="18" height="18" viewBox="0 0 20 20" fill="none" className="shrink-0">
          <path
            d="M10 3v9m0 0l-3.5-3.5M10 12l3.5-3.5M4 14.5V16h12v-1.5"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {download.isPending ? t("preparing") : label}
      </button>
      <p id={errorId} role="alert" className="text-accent-dark text-sm empty:hidden">
        {download.isError ? t("failed", { reason: errorText(download.error) }) : ""}
      </p>
    </div>
  );
}
