"use client";

import { useTranslations } from "next-intl";

/** next-auth's client is loaded on the press, not with every page. */
async function signOutToHome() {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/" });
}

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button type="button" className="btn-secondary min-h-9 px-3 text-sm" onClick={() => void signOutToHome()}>
      {t("signOut")}
    </button>
  );
}
