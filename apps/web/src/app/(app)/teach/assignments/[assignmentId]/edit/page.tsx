import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { EditAssignment } from "./edit-assignment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage.edit"))("title") };
}

/** Changing an assignment's settings (never its items), with what that does to attempts already made. */
export default async function EditAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  prefetch(trpc.assignment.get.queryOptions({ assignmentId }));
  return (
    <HydrateClient>
      <EditAssignment assignmentId={assignmentId} />
    </HydrateClient>
  );
}
