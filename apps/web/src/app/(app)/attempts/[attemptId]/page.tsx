import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { AttemptPlayer } from "./attempt-player";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attempt"))("questions") };
}

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  prefetch(trpc.attempt.get.queryOptions({ attemptId }));
  return (
    <HydrateClient>
      <AttemptPlayer attemptId={attemptId} />
    </HydrateClient>
  );
}
