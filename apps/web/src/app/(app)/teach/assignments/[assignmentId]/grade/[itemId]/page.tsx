import { trpc } from "~/trpc/server";
import { reportMetadata, reportPage } from "../../../../_results/report-page";
import { GradingDesk } from "./grading-desk";

export const generateMetadata = reportMetadata("results.grading");

export default reportPage<{ assignmentId: string; itemId: string }>({
  queries: ({ assignmentId, itemId }) => [
    trpc.grading.queue.queryOptions({ assignmentId, itemId: decodeURIComponent(itemId) }),
  ],
  render: ({ assignmentId, itemId }) => (
    <GradingDesk assignmentId={assignmentId} itemId={decodeURIComponent(itemId)} />
  ),
});
