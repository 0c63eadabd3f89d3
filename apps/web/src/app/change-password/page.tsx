import { PASSWORD_MIN } from "@dc/api";
import { type Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "~/components/site-header";
import { ClientMessages } from "~/i18n/client-messages";
import { homePathFor } from "~/lib/home-path";
import { getSessionUser } from "~/server/auth";
import { TRPCReactProvider } from "~/trpc/react";
import { FirstPassword } from "./first-password";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("firstTitle") };
}

/** Where a one-time password (roster slip, reset) leads: nothing else opens until it is replaced. */
export default async function ChangePasswordPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (!user.mustChangePassword) redirect("/account");
  const t = await getTranslations("account");
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-md px-4 py-10 sm:py-16">
        <div className="card p-6 sm:p-8">
          <h1 className="font-serif text-2xl font-bold">{t("firstTitle")}</h1>
          <p className="text-muted mt-2 mb-6">{t("firstBody")}</p>
          <ClientMessages namespaces={["account"]}>
            <TRPCReactProvider>
              <FirstPassword passwordMin={PASSWORD_MIN} home={homePathFor(user.role)} />
            </TRPCReactProvider>
          </ClientMessages>
        </div>
      </main>
    </>
  );
}
