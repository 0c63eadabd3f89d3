import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { prefetchAll } from "~/trpc/prefetch-all";
import { PageHeader } from "~/components/page-header";
import { HydrateClient, trpc } from "~/trpc/server";
import { isTeacher } from "../is-teacher";
import { BankList } from "./bank-list";
import { BankSummary } from "./bank-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach"))("bankTitle") };
}

export default async function BankPage() {
  const t = await getTranslations("teach");
  if (await isTeacher()) {
    await prefetchAll([trpc.bank.summary.queryOptions(), trpc.bank.list.queryOptions({ lessonId: 0 })]);
  }
  return (
    <HydrateClient>
      <PageHeader title={t("bankTitle")} lead={t("bankLead")} />
      <section aria-label={t("lead")} className="mb-10">
        <BankSummary />
      </section>
      <BankList />
    </HydrateClient>
  );
}
