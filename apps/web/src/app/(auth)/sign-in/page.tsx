import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "~/env";
import { safeReturnPath } from "~/lib/return-path";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; next?: string }>;
}) {
  const [t, { error, next }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <div className="card p-6 sm:p-8">
      <h1 className="mb-6 font-serif text-2xl font-bold">{t("signInTitle")}</h1>
      <SignInForm
        school={env.schoolSignIn ? { name: env.schoolSignIn.name } : null}
        schoolError={typeof error === "string" ? error : null}
        returnTo={safeReturnPath(next)}
      />
    </div>
  );
}
