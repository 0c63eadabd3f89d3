import { trpc } from "~/trpc/server";
import { reportMetadata, reportPage } from "../../../_results/report-page";
import { Gradebook } from "./gradebook";

export const generateMetadata = reportMetadata("results.gradebook");

export default reportPage<{ classId: string }>({
  queries: ({ classId }) => [trpc.results.gradebook.queryOptions({ classId })],
  render: ({ classId }) => <Gradebook classId={classId} />,
});
