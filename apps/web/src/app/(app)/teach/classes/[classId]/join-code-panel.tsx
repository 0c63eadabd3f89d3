"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { groupJoinCode, spellJoinCode } from "~/lib/join-code";
import { useTRPC } from "~/trpc/react";
import { ConfirmButton } from "~/components/confirm-button";
import type { TClassDetail } from "./types";
import { useClassCache } from "./use-class-mutations";

/** The join code, large enough to read off a projector, with copy and rotate (asked first). */
export function JoinCodePanel({ cls }: { cls: TClassDetail }) {
  const t = useTranslations("classes.code");
  const trpc = useTRPC();
  const cache = useClassCache(cls.id);
  const id = useId();
  const [notice, setNotice] = useState("");
  const rotate = useMutation(trpc.class.rotateCode.mutationOptions());
  const archived = cls.archivedAt !== null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(cls.joinCode);
      setNotice(t("copied", { code: spellJoinCode(cls.joinCode) }));
    } catch {
      setNotice(t("copyFailed"));
    }
  }

  async function rotateCode(): Promise<string | null> {
    try {
      const view = await rotate.mutateAsync({ classId: cls.id });
      cache.update(view);
      setNotice(t("rotated", { code: spellJoinCode(view.joinCode) }));
      return null;
    } catch (e) {
      return cache.message(e);
    }
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="card flex flex-wrap items-center justify-between gap-6"
    >
      <div>
        <h2 id={`${id}-heading`} className="text-muted text-base font-medium">
          {t("heading")}
        </h2>
        <p
          className={`mt-1 font-mono text-5xl font-bold tracking-[0.12em] sm:text-6xl ${archived ? "text-stone-500 line-through" : "text-ink"}`}
          data-testid="join-code"
          data-code={cls.joinCode}
        >
          <span aria-hidden>{groupJoinCode(cls.joinCode)}</span>
          <span className="sr-only">{spellJoinCode(cls.joinCode)}</span>
        </p>
        <p className="text-muted mt-2 max-w-md text-[15px]">{archived ? t("archivedHint") : t("hint")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={() => void copy()}>
          {t("copy")}
        </button>
        <ConfirmButton
          label={t("rotate")}
          title={t("rotateTitle")}
          body={
            <>
              <p>{t("rotateBody", { code: groupJoinCode(cls.joinCode) })}</p>
              <p>{t("rotateBody2")}</p>
            </>
          }
          confirmLabel={t("rotateConfirm")}
          onConfirm={rotateCode}
        />
      </div>
      <p role="status" className={notice ? "text-ok w-full text-[15px] font-medium" : "sr-only"}>
        {notice}
      </p>
    </section>
  );
}
