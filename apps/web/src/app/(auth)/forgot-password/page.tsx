import { RESET_LINK_MINUTES } from "@dc/api";
import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/link";
import { env } from "~/env";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <div className="card space-y-5 p-6 sm:p-8">
      <h1 className="font-serif text-2xl font-bold">{t("forgotTitle")}</h1>
      {env.mail ? (
        <>
          <p className="text-muted">{t("forgotIntro", { minutes: RESET_LINK_MINUTES })}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        // Without SMTP a teacher or the school admin sets a one-time password instead.
        <p>{t("noMail")}</p>
      )}
      <p className="text-center">
        <Link href="/sign-in" className="text-accent-dark font-medium underline underline-offset-4">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
