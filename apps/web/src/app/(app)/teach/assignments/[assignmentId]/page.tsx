import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { AssignmentResults } from "./assignment-results";
import { DEFAULT_ANALYSIS_ATTEMPTS } from "./types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results.assignment"))("metaTitle") };
}

export default async function AssignmentResultsPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  prefetch(trpc.results.assignment.queryOptions({ assignmentId, attempts: DEFAULT_ANALYSIS_ATTEMPTS }));
  prefetch(trpc.assignment.get.queryOptions({ assignmentId }));
  prefetch(trpc.assignment.regrades.queryOptions({ assignmentId }));
  return (
    <HydrateClient>
      <AssignmentResults assignmentId={assignmentId} />
    </HydrateClient>
  );
}
