import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { AttemptDetail } from "./attempt-detail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results.attempt"))("metaTitle") };
}

export default async function TeacherAttemptPage({
  params,
}: {
  params: Promise<{ assignmentId: string; attemptId: string }>;
}) {
  const { attemptId } = await params;
  prefetch(trpc.results.attempt.queryOptions({ attemptId }));
  return (
    <HydrateClient>
      <AttemptDetail attemptId={attemptId} />
    </HydrateClient>
  );
}
