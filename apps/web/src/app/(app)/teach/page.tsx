import { type Metadata } from "next";
import { Link } from "~/components/link";
import { getTranslations } from "next-intl/server";
import { prefetchAll } from "~/trpc/prefetch-all";
import { PageHeader } from "~/components/page-header";
import { HydrateClient, trpc } from "~/trpc/server";
import { ClassList } from "./class-list";
import { CreateClassForm } from "./create-class-form";
import { isTeacher } from "./is-teacher";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.teach"))("title") };
}

/** The teacher's home: a new class in one step, their classes with counts, and the item bank. */
export default async function TeachPage() {
  const t = await getTranslations("classes.teach");
  // Awaited, so the list is in the first paint (the client would otherwise hydrate a different tree).
  if (await isTeacher()) await prefetchAll([trpc.class.list.queryOptions({ includeArchived: false })]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/teach/bank" className="btn-secondary">
          {t("bankLink")}
        </Link>
      </PageHeader>
      <div className="space-y-10">
        <CreateClassForm />
        <ClassList />
      </div>
    </HydrateClient>
  );
}
