import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { Gradebook } from "./gradebook";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results.gradebook"))("metaTitle") };
}

export default async function GradebookPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  prefetch(trpc.results.gradebook.queryOptions({ classId }));
  return (
    <HydrateClient>
      <Gradebook classId={classId} />
    </HydrateClient>
  );
}
