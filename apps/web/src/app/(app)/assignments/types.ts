import type { RouterOutputs } from "@dc/api";

/** One of the student's assignments as `assignment.mine` returns it. */
export type TMyAssignment = RouterOutputs["assignment"]["mine"][number];
