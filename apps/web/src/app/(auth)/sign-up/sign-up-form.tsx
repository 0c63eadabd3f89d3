"use client";

import { useMutation } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { formText } from "~/lib/form-text";
import { errorCode } from "~/lib/error-code";
import { useEdgeMessages } from "~/lib/edge-messages";
import { homePathFor } from "~/lib/home-path";
import { useTRPC } from "~/trpc/react";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function SignUpForm({ passwordMin }: { passwordMin: number }) {
  const t = useTranslations("auth");
  const edge = useEdgeMessages();
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  // Known codes have a sentence in both languages; anything else gets the generic one.
  const message = (code: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}`, { min: passwordMin }) : t("errors.generic");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: formText(form, "name"),
      email: formText(form, "email"),
      password: formText(form, "password"),
    };
    setFormError(null);
    setFieldErrors({});
    try {
      await signUp.mutateAsync(input);
    } catch (error) {
      const { code, fields } = errorCode(error);
      const refused = edge.refusal(error);
      if (refused) {
        setFormError(refused);
      } else if (code === "INVALID_INPUT") {
        setFieldErrors({
          name: fields.name && (edge.field(fields.name) ?? message(fields.name)),
          email: fields.email && (edge.field(fields.email) ?? message(fields.email)),
          password: fields.password && (edge.field(fields.password) ?? message(fields.password)),
        });
      } else if (code.startsWith("WEAK_PASSWORD")) {
        setFieldErrors({ password: message(code) });
      } else if (code === "EMAIL_TAKEN") {
        setFieldErrors({ email: message(code) });
      } else {
        setFormError(message(code));
      }
      return;
    }
    const result = await signIn("credentials", {
      login: input.email,
      password: input.password,
      redirect: false,
    });
    if (!result?.ok) {
      setFormError(message("generic"));
      return;
    }
    router.replace(homePathFor("STUDENT"));
    router.refresh();
  }

  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert
        message={formError ?? (hasFieldErrors ? Object.values(fieldErrors).filter(Boolean).join(" ") : null)}
      />
      <FormField label={t("name")} name="name" autoComplete="name" required error={fieldErrors.name} />
      <FormField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fieldErrors.email}
      />
      <FormField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: passwordMin })}
        error={fieldErrors.password}
      />
      <button type="submit" className="btn-primary w-full" disabled={signUp.isPending}>
        {signUp.isPending ? t("working") : t("submitSignUp")}
      </button>
      <p className="text-muted text-center">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-accent-dark font-medium underline underline-offset-4">
          {t("signInTitle")}
        </Link>
      </p>
    </form>
  );
}
