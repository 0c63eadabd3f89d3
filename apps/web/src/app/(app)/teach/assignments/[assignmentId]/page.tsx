import { trpc } from "~/trpc/server";
import { reportMetadata, reportPage } from "../../_results/report-page";
import { AssignmentResults } from "./assignment-results";
import { DEFAULT_ANALYSIS_ATTEMPTS } from "./types";

export const generateMetadata = reportMetadata("results.assignment");

export default reportPage<{ assignmentId: string }>({
  queries: ({ assignmentId }) => [
    trpc.results.assignment.queryOptions({ assignmentId, attempts: DEFAULT_ANALYSIS_ATTEMPTS }),
    trpc.assignment.get.queryOptions({ assignmentId }),
    trpc.assignment.regrades.queryOptions({ assignmentId }),
  ],
  render: ({ assignmentId }) => <AssignmentResults assignmentId={assignmentId} />,
});
