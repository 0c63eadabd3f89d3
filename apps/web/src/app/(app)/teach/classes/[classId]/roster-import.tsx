"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { putSlips } from "./slip-store";

const MAX_FILE_BYTES = 20_000;

/** Creates the class's student accounts from a pasted or uploaded list, then opens the login slips. */
export function RosterImport({ classId, archived }: { classId: string; archived: boolean }) {
  const t = useTranslations("roster");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const importRoster = useMutation(trpc.class.importRoster.mutationOptions());

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setProblems([t("errors.FILE_TOO_LARGE")]);
    setText(await file.text());
    setProblems([]);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblems([]);
    try {
      const result = await importRoster.mutateAsync({ classId, roster: text });
      putSlips(classId, { className: result.className, slips: result.slips });
      void queryClient.invalidateQueries({ queryKey: trpc.class.get.queryKey({ classId }) });
      router.push(`/teach/classes/${classId}/slips`);
    } catch (e) {
      const { code } = errorCode(e);
      if (code.startsWith("ROSTER_INVALID:")) {
        setProblems(
          code
            .slice("ROSTER_INVALID:".length)
            .split(";")
            .map((p) => {
              const [line = "0", c = ""] = p.split("=");
              const what = t.has(`errors.${c}`) ? t(`errors.${c}`) : c;
              return line === "0" ? what : t("lineProblem", { line, what });
            }),
        );
      } else {
        setProblems([t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic")]);
      }
    }
  }

  if (archived) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="card space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-muted">{t("body")}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div
          role="alert"
          className={
            problems.length
              ? "bg-accent-soft text-accent-dark rounded-lg border border-red-200 px-4 py-3"
              : "sr-only"
          }
        >
          {problems.length > 0 && (
            <>
              <p className="font-medium">{t("problemsTitle")}</p>
              <ul className="list-disc pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-text`} className="block font-medium">
            {t("pasteLabel")}
          </label>
          <textarea
            id={`${id}-text`}
            name="roster"
            rows={8}
            className="field font-mono text-sm"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("placeholder")}
            aria-describedby={`${id}-hint`}
            maxLength={MAX_FILE_BYTES}
            spellCheck={false}
          />
          <p id={`${id}-hint`} className="text-muted text-sm">
            {t("hint")}
          </p>
        </div>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-file`} className="block font-medium">
            {t("fileLabel")}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
            className="block text-[15px]"
          />
        </div>
        <button type="submit" className="btn-primary" disabled={importRoster.isPending || !text.trim()}>
          {importRoster.isPending ? t("working") : t("submit")}
        </button>
      </form>
    </section>
  );
}
