import { PASSWORD_MIN } from "@dc/api";
import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <div className="card p-6 sm:p-8">
      <h1 className="font-serif text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="text-muted mt-2 mb-6">{t("studentOnlyNote")}</p>
      <SignUpForm passwordMin={PASSWORD_MIN} />
    </div>
  );
}
