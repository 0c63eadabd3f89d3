"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** "Sign in with your school account": off to the school's provider, back signed in or with a reason. */
export function SchoolSignIn({ name, returnTo }: { name: string | null; returnTo: string | null }) {
  const t = useTranslations("schoolSignIn");
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-5">
      <button
        type="button"
        className="btn-secondary w-full"
        disabled={pending}
        onClick={() => {
          setPending(true);
          // Back to the sign-in page, which sends a signed-in user on to their role's home.
          void signIn("school", { callbackUrl: returnTo ?? "/sign-in" }).catch(() => setPending(false));
        }}
      >
        {name ? t("buttonNamed", { name }) : t("button")}
      </button>
      <p className="text-muted flex items-center gap-3 text-sm before:h-px before:flex-1 before:bg-current/30 after:h-px after:flex-1 after:bg-current/30">
        {t("or")}
      </p>
    </div>
  );
}

/** The sentence for a school sign-in refusal (`?error=` on the sign-in page), or null. */
export function useSchoolError(code: string | null) {
  const t = useTranslations("schoolSignIn");
  if (!code) return null;
  const key = `errors.${code}` as const;
  return t.has(key) ? t(key) : t("errors.generic");
}
