"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { useTRPC } from "~/trpc/react";
import { classErrorKey } from "./class-errors";

/** One field and a button: the new class opens at once, with its join code ready to share. */
export function CreateClassForm() {
  const t = useTranslations("classes");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const edge = useEdgeMessages();
  const create = useMutation(
    trpc.class.create.mutationOptions({
      onSuccess: (cls) => {
        void queryClient.invalidateQueries({ queryKey: trpc.class.list.pathKey() });
        router.push(`/teach/classes/${cls.id}`);
      },
      onError: (e) => {
        const { code, fields } = errorCode(e);
        setError(edge.field(fields.name) ?? t(`errors.${classErrorKey(fields.name ?? code)}`));
      },
    }),
  );
  const busy = create.isPending || create.isSuccess;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t("errors.NAME_REQUIRED"));
    if ([...trimmed].length > 80) return setError(t("errors.NAME_TOO_LONG"));
    setError(null);
    create.mutate({ name: trimmed });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card max-w-2xl">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("teach.createHeading")}
      </h2>
      <form onSubmit={submit} noValidate className="mt-4">
        <label htmlFor={`${id}-name`} className="block font-medium">
          {t("teach.nameLabel")}
        </label>
        <div className="mt-1.5 flex flex-wrap gap-3">
          <input
            id={`${id}-name`}
            name="name"
            className="field min-w-0 flex-1 basis-56"
            value={name}
            maxLength={120}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn-primary" disabled={busy}>
            {busy ? t("teach.creating") : t("teach.create")}
          </button>
        </div>
        <p id={`${id}-hint`} className="text-muted mt-1.5 text-sm">
          {t("teach.nameHint")}
        </p>
        <p
          id={`${id}-error`}
          role="alert"
          className={error ? "text-accent-dark mt-1 text-sm font-medium" : ""}
        >
          {error ?? ""}
        </p>
      </form>
    </section>
  );
}
