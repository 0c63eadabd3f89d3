import { trpc } from "~/trpc/server";
import { reportMetadata, reportPage } from "../../../_results/report-page";
import { WrittenQuestions } from "./written-questions";

export const generateMetadata = reportMetadata("results.grading");

export default reportPage<{ assignmentId: string }>({
  queries: ({ assignmentId }) => [trpc.grading.questions.queryOptions({ assignmentId })],
  render: ({ assignmentId }) => <WrittenQuestions assignmentId={assignmentId} />,
});
