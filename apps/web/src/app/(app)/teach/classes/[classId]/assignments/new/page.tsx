import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { prefetchAll } from "~/trpc/prefetch-all";
import { isTeacher } from "~/app/(app)/teach/is-teacher";
import { HydrateClient, trpc } from "~/trpc/server";
import { NewAssignment } from "./new-assignment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments.new"))("title") };
}

/** Assigning a quiz to a class: which items, how it runs, when, and when answers are shown. */
export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  if (await isTeacher()) {
    await prefetchAll([trpc.class.get.queryOptions({ classId }), trpc.bank.summary.queryOptions()]);
  }
  return (
    <HydrateClient>
      <NewAssignment classId={classId} />
    </HydrateClient>
  );
}
