"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { Link } from "~/components/link";
import { errorCode } from "~/lib/error-code";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";

export function ResetPasswordForm({
  token,
  passwordMin,
  linkMinutes,
}: {
  token: string;
  passwordMin: number;
  linkMinutes: number;
}) {
  const t = useTranslations("passwordReset");
  const ta = useTranslations("auth");
  const trpc = useTRPC();
  const reset = useMutation(trpc.passwordReset.reset.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await reset.mutateAsync({ token, password: formText(new FormData(event.currentTarget), "password") });
    } catch (e) {
      const { code, fields } = errorCode(e);
      const key = code === "INVALID_INPUT" ? (fields.password ?? "generic") : code;
      // The link stopped working meanwhile (used in another tab, expired): say so instead of the form.
      if (t.has(`errors.${key}`)) setLinkError(t(`errors.${key}`, { minutes: linkMinutes }));
      else
        setError(ta.has(`errors.${key}`) ? ta(`errors.${key}`, { min: passwordMin }) : ta("errors.generic"));
    }
  }

  if (reset.isSuccess || linkError) {
    return (
      <div className="space-y-5">
        <p
          role={linkError ? "alert" : "status"}
          className={
            linkError
              ? "bg-accent-soft text-accent-dark rounded-lg border border-red-200 px-4 py-3"
              : "bg-accent-soft rounded-lg px-4 py-3"
          }
        >
          {linkError ?? t("done")}
        </p>
        <p className="text-center">
          <Link
            href={linkError ? "/forgot-password" : "/sign-in"}
            className="text-accent-dark font-medium underline underline-offset-4"
          >
            {linkError ? t("requestAgain") : ta("signInTitle")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={error} />
      <FormField
        label={t("newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={ta("passwordHint", { min: passwordMin })}
        error={error}
      />
      <button type="submit" className="btn-primary w-full" disabled={reset.isPending}>
        {reset.isPending ? ta("working") : t("submitReset")}
      </button>
    </form>
  );
}
