import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { getSessionUser } from "~/server/auth";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { StudentsOnly } from "~/components/students-only";
import { ReviewPanel } from "./review-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage() {
  const user = await getSessionUser();
  if (user?.role !== "STUDENT") return <StudentsOnly />;
  const t = await getTranslations("review");
  // Awaited, so the counts are in the first paint; a failure here is retried and shown by the client.
  await getQueryClient().prefetchQuery(trpc.review.summary.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ReviewPanel />
    </HydrateClient>
  );
}
