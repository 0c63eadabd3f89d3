import { type Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { BankSummary } from "./bank-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach"))("title") };
}

export default async function TeachPage() {
  const t = await getTranslations("teach");
  prefetch(trpc.bank.summary.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/teach/bank" className="btn-secondary">
          {t("bankTitle")}
        </Link>
      </PageHeader>
      <BankSummary />
    </HydrateClient>
  );
}
