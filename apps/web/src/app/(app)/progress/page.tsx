import { type Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { getSessionUser } from "~/server/auth";
import { getQueryClient, trpc } from "~/trpc/server";
import { DashboardSkeleton } from "./dashboard-skeleton";
import { ProgressDashboard } from "./progress-dashboard";
import { StudentsOnly } from "~/components/students-only";
import { parseTzOffset, TZ_COOKIE } from "./time-zone";
import { TimeZoneSync } from "./time-zone-sync";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("title") };
}

/**
 * Rendered on the server, in the student's own days: the browser's UTC offset comes from a cookie.
 * On a first visit there is none yet; the page holds a skeleton until the browser has set it.
 */
export default async function ProgressPage() {
  const user = await getSessionUser();
  if (user?.role !== "STUDENT") return <StudentsOnly />;
  const [t, jar] = await Promise.all([getTranslations("progress"), cookies()]);
  const tz = parseTzOffset(jar.get(TZ_COOKIE)?.value);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <TimeZoneSync serverTz={tz} />
      {tz === null ? (
        <DashboardSkeleton />
      ) : (
        <ProgressDashboard
          data={await getQueryClient().fetchQuery(
            trpc.progress.dashboard.queryOptions({ tzOffsetMinutes: tz }),
          )}
          tz={tz}
        />
      )}
    </>
  );
}
