import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { prefetchAll } from "~/trpc/prefetch-all";
import { PageHeader } from "~/components/page-header";
import { getSessionUser } from "~/server/auth";
import { HydrateClient, trpc } from "~/trpc/server";
import { StudentsOnly } from "~/components/students-only";
import { MyAssignments } from "./my-assignments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments"))("title") };
}

/** The student's assigned work across their classes (or one class, `?class=<id>`). */
export default async function AssignmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getSessionUser();
  if (user?.role !== "STUDENT") return <StudentsOnly />;
  const t = await getTranslations("assignments");
  const classParam = (await searchParams).class;
  // Awaited, so the list is in the first paint (the client would otherwise hydrate a different tree).
  await prefetchAll([trpc.assignment.mine.queryOptions(), trpc.class.joined.queryOptions()]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} lead={t("lead")} />
      <MyAssignments initialClassId={typeof classParam === "string" ? classParam : ""} />
    </HydrateClient>
  );
}
