import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { getSessionUser } from "~/server/auth";
import { HydrateClient, trpc } from "~/trpc/server";
import { StudentsOnly } from "~/components/students-only";
import { JoinForm } from "./join-form";
import { JoinedClasses } from "./joined-classes";
import { prefetchAll } from "~/trpc/prefetch-all";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.student"))("title") };
}

/** A student's classes: join one with its code, and the ones already joined. */
export default async function StudentClassesPage() {
  const user = await getSessionUser();
  if (user?.role !== "STUDENT") return <StudentsOnly />;
  const t = await getTranslations("classes.student");
  // Awaited, so the list is in the first paint (the client would otherwise hydrate a different tree).
  await prefetchAll([trpc.class.joined.queryOptions(), trpc.announcement.mine.queryOptions({ limit: 50 })]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-10">
        <JoinForm />
        <JoinedClasses />
      </div>
    </HydrateClient>
  );
}
