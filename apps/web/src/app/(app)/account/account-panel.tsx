"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { ChangePasswordForm } from "~/components/change-password-form";

/** /account: change the password; sign out on every device (this one included). */
export function AccountPanel({ passwordMin }: { passwordMin: number }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const [notice, setNotice] = useState("");
  const everywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions());

  async function signOutEverywhere() {
    await everywhere.mutateAsync();
    // This browser's session ended with the others; clear its cookie too.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/sign-in" });
  }

  return (
    <div className="space-y-8">
      <section className="card space-y-4" aria-labelledby="change-password">
        <h2 id="change-password" className="text-xl font-semibold">
          {t("changeTitle")}
        </h2>
        <p role="status" className={notice ? "text-ok font-medium" : "sr-only"}>
          {notice}
        </p>
        <ChangePasswordForm passwordMin={passwordMin} onChanged={(n) => setNotice(t("changed", { n }))} />
      </section>
      <section className="card space-y-3" aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere" className="text-xl font-semibold">
          {t("everywhereTitle")}
        </h2>
        <p className="text-muted">{t("everywhereBody")}</p>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => void signOutEverywhere()}
          disabled={everywhere.isPending}
        >
          {t("everywhereButton")}
        </button>
      </section>
    </div>
  );
}
