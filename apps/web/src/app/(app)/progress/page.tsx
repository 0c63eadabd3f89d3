import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { getSessionUser } from "~/server/auth";
import { ProgressDashboard } from "./progress-dashboard";
import { StudentsOnly } from "./students-only";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("title") };
}

export default async function ProgressPage() {
  const user = await getSessionUser();
  if (user?.role !== "STUDENT") return <StudentsOnly />;
  const t = await getTranslations("progress");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ProgressDashboard />
    </>
  );
}
