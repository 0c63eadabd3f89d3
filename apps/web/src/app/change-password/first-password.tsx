"use client";

import { useRouter } from "next/navigation";
import { ChangePasswordForm } from "~/components/change-password-form";

/** The forced change after a one-time password; then the usual landing page. */
export function FirstPassword({ passwordMin, home }: { passwordMin: number; home: string }) {
  const router = useRouter();
  return (
    <ChangePasswordForm
      passwordMin={passwordMin}
      oneTime
      onChanged={() => {
        router.replace(home);
        router.refresh();
      }}
    />
  );
}
