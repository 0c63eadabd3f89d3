import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { AttemptPlayer } from "./attempt-player";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attempt"))("questions") };
}

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  // Awaited, so that the question is in the HTML (not drawn after the scripts load and the data streams in).
  await getQueryClient().prefetchQuery(trpc.attempt.get.queryOptions({ attemptId }));
  return (
    <HydrateClient>
      <AttemptPlayer attemptId={attemptId} />
    </HydrateClient>
  );
}
