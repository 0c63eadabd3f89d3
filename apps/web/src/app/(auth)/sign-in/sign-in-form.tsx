"use client";

import { Link } from "~/components/link";
import { useRouter } from "next/navigation";
import { getSession, signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { formText } from "~/lib/form-text";
import { homePathFor } from "~/lib/home-path";
import { SchoolSignIn, useSchoolError } from "./school-sign-in";

/** A refused sign-in (HTTP 429: `RATE_LIMITED:<seconds>`) says when to try again; the same for any account. */
function signInError(
  error: string | null | undefined,
  wrong: string,
  limits: (key: "signIn" | "busy", values?: { minutes: number }) => string,
) {
  const seconds = /^RATE_LIMITED:(\d+)$/.exec(error ?? "")?.[1];
  if (seconds === undefined) return wrong;
  const minutes = Math.ceil(Number(seconds) / 60);
  return Number(seconds) <= 5 ? limits("busy") : limits("signIn", { minutes });
}

export function SignInForm({
  school,
  schoolError,
  returnTo,
}: {
  /** Set when the deployment offers school sign-in. */
  school: { name: string | null } | null;
  /** Why a school sign-in was just refused (next-auth's `?error=`). */
  schoolError: string | null;
  /** The page the user asked for before signing in (already checked to be on this site). */
  returnTo: string | null;
}) {
  const t = useTranslations("auth");
  const tr = useTranslations("passwordReset");
  const limits = useTranslations("edge");
  const router = useRouter();
  const [error, setError] = useState<string | null>(useSchoolError(schoolError));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        login: formText(form, "login"),
        password: formText(form, "password"),
        redirect: false,
      });
      if (!result?.ok) {
        setError(signInError(result?.error, t("errors.CredentialsSignin"), limits));
        return;
      }
      const session = await getSession();
      // Only where to land: every page and procedure reads the role from the database again.
      const role =
        (session?.user as { role?: "STUDENT" | "TEACHER" | "ADMIN" } | undefined)?.role ?? "STUDENT";
      router.replace(returnTo ?? homePathFor(role));
      router.refresh();
    } catch {
      setError(t("errors.NETWORK"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={error} />
      {school && <SchoolSignIn name={school.name} returnTo={returnTo} />}
      <FormField
        label={t("login")}
        name="login"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <FormField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="text-accent-dark underline underline-offset-4">
          {tr("forgotLink")}
        </Link>
      </p>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("working") : t("submitSignIn")}
      </button>
      <p className="text-muted text-center">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-accent-dark font-medium underline underline-offset-4">
          {t("signUpTitle")}
        </Link>
      </p>
    </form>
  );
}
