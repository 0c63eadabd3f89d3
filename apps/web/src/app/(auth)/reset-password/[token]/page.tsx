import { PASSWORD_MIN, RESET_LINK_MINUTES, resetTokenState } from "@dc/api";
import { getDb } from "@dc/db";
import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/link";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: no other site should see it as a referrer.
  return { title: (await getTranslations("passwordReset"))("resetTitle"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [t, { token }] = await Promise.all([getTranslations("passwordReset"), params]);
  const state = token.length <= 128 ? await resetTokenState(getDb(), token) : "RESET_LINK_INVALID";
  return (
    <div className="card space-y-5 p-6 sm:p-8">
      <h1 className="font-serif text-2xl font-bold">{t("resetTitle")}</h1>
      {state === "VALID" ? (
        <ResetPasswordForm token={token} passwordMin={PASSWORD_MIN} linkMinutes={RESET_LINK_MINUTES} />
      ) : (
        <>
          <p
            role="alert"
            className="bg-accent-soft text-accent-dark rounded-lg border border-red-200 px-4 py-3"
          >
            {t(`errors.${state}`, { minutes: RESET_LINK_MINUTES })}
          </p>
          <p className="text-center">
            <Link
              href="/forgot-password"
              className="text-accent-dark font-medium underline underline-offset-4"
            >
              {t("requestAgain")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
