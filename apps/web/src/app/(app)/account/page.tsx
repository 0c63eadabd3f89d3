import { PASSWORD_MIN } from "@dc/api";
import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "~/i18n/client-messages";
import { getSessionUser } from "~/server/auth";
import { AccountPanel } from "./account-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const [t, user] = await Promise.all([getTranslations("account"), getSessionUser()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        {user && (
          <p className="text-muted mt-2 break-all">
            {user.name} · {user.email ?? t("loginIdAccount")}
          </p>
        )}
      </header>
      <ClientMessages namespaces={["account"]}>
        <AccountPanel passwordMin={PASSWORD_MIN} />
      </ClientMessages>
    </div>
  );
}
