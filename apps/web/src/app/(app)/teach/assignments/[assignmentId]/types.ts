import type { RouterInputs, RouterOutputs } from "@dc/api";

export type TResults = RouterOutputs["results"]["assignment"];
export type TResultItem = TResults["items"][number];
export type TStudentRow = TResults["students"][number];
export type TAssignmentDetail = RouterOutputs["assignment"]["get"];
export type TDetailItem = TAssignmentDetail["items"][number]["item"];
export type TAdjustResult = RouterOutputs["assignment"]["adjustItem"];
export type TAdjustAction = TAdjustResult["action"];

export type TAnalysisAttempts = NonNullable<RouterInputs["results"]["assignment"]["attempts"]>;
/** The attempts the item analysis can read, as the server accepts them (first is its default). */
export const ANALYSIS_ATTEMPTS = ["FIRST", "BEST", "LATEST"] as const satisfies readonly TAnalysisAttempts[];
/** What the page shows first, as the server's default (first attempts). */
export const DEFAULT_ANALYSIS_ATTEMPTS: TAnalysisAttempts = "FIRST";
