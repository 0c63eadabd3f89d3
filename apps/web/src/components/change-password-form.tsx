"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { errorCode } from "~/lib/error-code";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";

type Fields = Partial<Record<"currentPassword" | "newPassword" | "repeat", string>>;

/** Changing one's own password: the current one, the new one twice. Ends the other sessions. */
export function ChangePasswordForm({
  passwordMin,
  onChanged,
  oneTime = false,
}: {
  passwordMin: number;
  onChanged: (otherSessionsEnded: number) => void;
  oneTime?: boolean;
}) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fields, setFields] = useState<Fields>({});
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const message = (code: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}`, { min: passwordMin }) : t("errors.generic");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      currentPassword: formText(form, "currentPassword"),
      newPassword: formText(form, "newPassword"),
    };
    setFormError(null);
    if (!input.currentPassword) return setFields({ currentPassword: message("CURRENT_REQUIRED") });
    if (input.newPassword !== formText(form, "repeat")) return setFields({ repeat: message("MISMATCH") });
    setFields({});
    try {
      const result = await change.mutateAsync(input);
      formRef.current?.reset();
      onChanged(result.otherSessionsEnded);
    } catch (error) {
      const { code } = errorCode(error);
      if (code === "WRONG_PASSWORD") setFields({ currentPassword: message(code) });
      else if (code.startsWith("WEAK_PASSWORD") || code === "SAME_PASSWORD")
        setFields({ newPassword: message(code) });
      else setFormError(message(code));
    }
  }

  const summary = Object.values(fields).filter(Boolean).join(" ");
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError ?? (summary || null)} />
      <FormField
        label={oneTime ? t("oneTimePassword") : t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fields.currentPassword}
      />
      <FormField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: passwordMin })}
        error={fields.newPassword}
      />
      <FormField
        label={t("repeatPassword")}
        name="repeat"
        type="password"
        autoComplete="new-password"
        required
        error={fields.repeat}
      />
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={change.isPending}>
        {change.isPending ? t("working") : t("submitChange")}
      </button>
    </form>
  );
}
