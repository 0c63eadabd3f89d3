import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { ClassMastery } from "./class-mastery";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results.mastery"))("metaTitle") };
}

export default async function MasteryPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  prefetch(trpc.results.mastery.queryOptions({ classId, scope: "ALL" }));
  return (
    <HydrateClient>
      <ClassMastery classId={classId} />
    </HydrateClient>
  );
}
