"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { errorCode } from "~/lib/error-code";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";

export function ForgotPasswordForm() {
  const t = useTranslations("passwordReset");
  const ta = useTranslations("auth");
  const trpc = useTRPC();
  const request = useMutation(trpc.passwordReset.request.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await request.mutateAsync({ email: formText(new FormData(event.currentTarget), "email") });
    } catch (e) {
      const { code, fields } = errorCode(e);
      const key = code === "INVALID_INPUT" ? (fields.email ?? "INVALID_EMAIL") : code;
      if (t.has(`errors.${key}`)) setError(t(`errors.${key}`));
      else setError(ta.has(`errors.${key}`) ? ta(`errors.${key}`) : ta("errors.generic"));
    }
  }

  if (request.isSuccess) {
    return (
      <p role="status" className="bg-accent-soft rounded-lg px-4 py-3">
        {t("sent")}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={error} />
      <FormField label={ta("email")} name="email" type="email" autoComplete="email" required />
      <button type="submit" className="btn-primary w-full" disabled={request.isPending}>
        {request.isPending ? ta("working") : t("submitRequest")}
      </button>
    </form>
  );
}
