"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";
import { joinCodeProblem } from "~/lib/join-code";

const KNOWN = new Set(["JOIN_CODE_INVALID", "CLASS_ARCHIVED", "STUDENTS_ONLY", "NETWORK", "INTERNAL_ERROR"]);

/** The join-code field. Codes may be typed in any case, with spaces or dashes. */
export function JoinForm() {
  const t = useTranslations("classes.student");
  const edge = useEdgeMessages();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const join = useMutation(trpc.class.join.mutationOptions());
  const joined = join.data;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    join.reset();
    const problem = joinCodeProblem(code);
    if (problem) {
      setError(t(`errors.${problem}`));
      input.current?.focus();
      return;
    }
    setError(null);
    try {
      await join.mutateAsync({ code });
      setCode("");
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.class.joined.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.assignment.mine.pathKey() }),
      ]);
    } catch (e) {
      const known = errorCode(e).code;
      setError(edge.refusal(e) ?? t(`errors.${KNOWN.has(known) ? known : "generic"}`));
      input.current?.focus();
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card max-w-2xl">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("joinHeading")}
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="mt-4">
        <label htmlFor={`${id}-code`} className="block font-medium">
          {t("codeLabel")}
        </label>
        <div className="mt-1.5 flex flex-wrap gap-3">
          <input
            ref={input}
            id={`${id}-code`}
            name="code"
            className="field min-w-0 flex-1 basis-48 font-mono text-lg tracking-wider uppercase"
            value={code}
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={(e) => setCode(e.target.value)}
          />
          <button type="submit" className="btn-primary" disabled={join.isPending}>
            {join.isPending ? t("joining") : t("join")}
          </button>
        </div>
        <p id={`${id}-hint`} className="text-muted mt-1.5 text-sm">
          {t("codeHint")}
        </p>
        <p id={`${id}-error`} role="alert" className={error ? "text-accent-dark mt-2 font-medium" : ""}>
          {error ?? ""}
        </p>
      </form>
      <div
        role="status"
        className={joined ? "border-ok/40 mt-4 rounded-lg border bg-green-50 px-4 py-3" : "sr-only"}
      >
        {joined && (
          <>
            <p className="text-ok font-medium">
              {t(joined.alreadyMember ? "alreadyMember" : "joined", {
                name: joined.name,
                teacher: joined.teacherName,
              })}
            </p>
            <Link
              href={`/assignments?class=${encodeURIComponent(joined.classId)}`}
              className="text-accent-dark mt-1 inline-block font-medium underline underline-offset-4"
            >
              {t("toAssignments")}
            </Link>
          </>
        )}
      </div>
    </section>
  );
}
