"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { errorCode } from "~/lib/error-code";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";

type Fields = Partial<Record<"name" | "email" | "password", string>>;

export function RedeemInvitation({
  code,
  email,
  signedInAs,
  passwordMin,
}: {
  code: string;
  email: string | null;
  signedInAs: { name: string; email: string | null } | null;
  passwordMin: number;
}) {
  const t = useTranslations("invite");
  const ta = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [fields, setFields] = useState<Fields>({});
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const signUp = useMutation(trpc.invitation.signUp.mutationOptions());
  const message = (c: string) =>
    t.has(`errors.${c}`)
      ? t(`errors.${c}`)
      : ta.has(`errors.${c}`)
        ? ta(`errors.${c}`, { min: passwordMin })
        : ta("errors.generic");

  async function onAccept() {
    setFormError(null);
    try {
      await accept.mutateAsync({ code });
      router.replace("/teach");
      router.refresh();
    } catch (e) {
      setFormError(message(errorCode(e).code));
    }
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      code,
      name: formText(form, "name"),
      email: email ?? formText(form, "email"),
      password: formText(form, "password"),
    };
    setFormError(null);
    setFields({});
    try {
      await signUp.mutateAsync(input);
    } catch (e) {
      const { code: c, fields: f } = errorCode(e);
      if (c === "INVALID_INPUT") {
        setFields({
          name: f.name && message(f.name),
          email: f.email && message(f.email),
          password: f.password && message(f.password),
        });
      } else if (c.startsWith("WEAK_PASSWORD")) setFields({ password: message(c) });
      else if (c === "EMAIL_TAKEN") setFields({ email: message(c) });
      else setFormError(message(c));
      return;
    }
    const result = await signIn("credentials", {
      login: input.email,
      password: input.password,
      redirect: false,
    });
    if (!result?.ok) return setFormError(ta("errors.generic"));
    router.replace("/teach");
    router.refresh();
  }

  if (signedInAs) {
    return (
      <div className="mt-4 space-y-5">
        <FormAlert message={formError} />
        <p>{t("acceptBody", { name: signedInAs.name })}</p>
        <button
          type="button"
          className="btn-primary w-full"
          onClick={() => void onAccept()}
          disabled={accept.isPending}
        >
          {t("accept")}
        </button>
      </div>
    );
  }
  const summary = Object.values(fields).filter(Boolean).join(" ");
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
      <p className="text-muted">{t("signUpBody")}</p>
      <FormAlert message={formError ?? (summary || null)} />
      <FormField label={ta("name")} name="name" autoComplete="name" required error={fields.name} />
      {email ? (
        <FormField
          label={ta("email")}
          name="email"
          type="email"
          value={email}
          readOnly
          hint={t("emailFixed")}
        />
      ) : (
        <FormField
          label={ta("email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fields.email}
        />
      )}
      <FormField
        label={ta("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={ta("passwordHint", { min: passwordMin })}
        error={fields.password}
      />
      <button type="submit" className="btn-primary w-full" disabled={signUp.isPending}>
        {t("createTeacher")}
      </button>
    </form>
  );
}
