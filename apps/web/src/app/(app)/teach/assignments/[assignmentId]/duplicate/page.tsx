import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { DuplicateAssignment } from "./duplicate-assignment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage.duplicate"))("title") };
}

/** Copying an assignment to one of the teacher's classes, with new dates. */
export default async function DuplicateAssignmentPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  prefetch(trpc.assignment.get.queryOptions({ assignmentId }));
  prefetch(trpc.class.list.queryOptions());
  return (
    <HydrateClient>
      <DuplicateAssignment assignmentId={assignmentId} />
    </HydrateClient>
  );
}
