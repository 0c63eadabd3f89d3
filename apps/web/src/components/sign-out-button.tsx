"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      className="btn-secondary min-h-9 px-3 text-sm"
      onClick={() => void signOut({ callbackUrl: "/" })}
    >
      {t("signOut")}
    </button>
  );
}
