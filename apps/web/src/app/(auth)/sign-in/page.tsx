import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage() {
  const t = await getTranslations("auth");
  return (
    <div className="card p-6 sm:p-8">
      <h1 className="mb-6 font-serif text-2xl font-bold">{t("signInTitle")}</h1>
      <SignInForm />
    </div>
  );
}
