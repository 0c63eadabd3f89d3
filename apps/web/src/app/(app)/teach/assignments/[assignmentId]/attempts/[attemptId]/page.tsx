import { trpc } from "~/trpc/server";
import { reportMetadata, reportPage } from "../../../../_results/report-page";
import { AttemptDetail } from "./attempt-detail";

export const generateMetadata = reportMetadata("results.attempt");

export default reportPage<{ assignmentId: string; attemptId: string }>({
  queries: ({ attemptId }) => [trpc.results.attempt.queryOptions({ attemptId })],
  render: ({ attemptId }) => <AttemptDetail attemptId={attemptId} />,
});
