import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { AccountsPanel } from "./accounts-panel";
import { AuditPanel } from "./audit-panel";
import { InvitePanel } from "./invite-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** School administration: invite teachers, manage accounts, read the audit log. */
export default async function AdminPage() {
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-10">
        <InvitePanel />
        <AccountsPanel />
        <AuditPanel />
      </div>
    </>
  );
}
