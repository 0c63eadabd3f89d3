import "server-only";
import { type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch } from "~/trpc/server";
import { isTeacher } from "../is-teacher";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TQuery = ReturnType<TRPCQueryOptions<any>>;

/** The page title of a report: the `metaTitle` message of its namespace (e.g. "results.gradebook"). */
export function reportMetadata(namespace: string) {
  return async (): Promise<Metadata> => ({ title: (await getTranslations(namespace))("metaTitle") });
}

/**
 * A teacher report page: starts its queries on the server (for teachers only; anyone else sees the
 * layout's 403 card) and hands the data to the report's client component, which keeps it live.
 */
export function reportPage<TParams>(report: {
  queries: (params: TParams) => TQuery[];
  render: (params: TParams) => React.ReactNode;
}) {
  return async function ReportPage({ params }: { params: Promise<TParams> }) {
    const resolved = await params;
    if (await isTeacher()) for (const query of report.queries(resolved)) prefetch(query);
    return <HydrateClient>{report.render(resolved)}</HydrateClient>;
  };
}
