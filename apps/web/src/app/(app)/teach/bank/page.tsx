import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { BankList } from "./bank-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach"))("bankTitle") };
}

export default async function BankPage() {
  const t = await getTranslations("teach");
  prefetch(trpc.bank.list.queryOptions({ lessonId: 0 }));
  return (
    <HydrateClient>
      <PageHeader title={t("bankTitle")} lead={t("bankLead")} />
      <BankList />
    </HydrateClient>
  );
}
