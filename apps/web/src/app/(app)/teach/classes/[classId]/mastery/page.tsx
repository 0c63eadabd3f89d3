import { trpc } from "~/trpc/server";
import { reportMetadata, reportPage } from "../../../_results/report-page";
import { ClassMastery } from "./class-mastery";

export const generateMetadata = reportMetadata("results.mastery");

export default reportPage<{ classId: string }>({
  queries: ({ classId }) => [trpc.results.mastery.queryOptions({ classId, scope: "ALL" })],
  render: ({ classId }) => <ClassMastery classId={classId} />,
});
