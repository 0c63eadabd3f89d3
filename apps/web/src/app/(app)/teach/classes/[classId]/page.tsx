import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { prefetchAll } from "~/trpc/prefetch-all";
import { isTeacher } from "~/app/(app)/teach/is-teacher";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { ClassDetail } from "./class-detail";

type Params = { params: Promise<{ classId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { classId } = await params;
  const t = await getTranslations("classes.teach");
  if (!(await isTeacher())) return { title: t("title") };
  try {
    const cls = await getQueryClient().fetchQuery(trpc.class.get.queryOptions({ classId }));
    return { title: cls.name };
  } catch {
    return { title: t("title") };
  }
}

/** One class: its name, join code, assignments and roster. */
export default async function ClassPage({ params }: Params) {
  const { classId } = await params;
  if (await isTeacher()) {
    await prefetchAll([
      trpc.class.get.queryOptions({ classId }),
      trpc.assignment.list.queryOptions({ classId }),
    ]);
  }
  return (
    <HydrateClient>
      <ClassDetail classId={classId} />
    </HydrateClient>
  );
}
