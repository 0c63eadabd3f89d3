import type { RouterOutputs } from "@dc/api";

export type TDashboard = RouterOutputs["progress"]["dashboard"];
export type TSkillRow = TDashboard["skills"][number];
export type TLessonRow = TDashboard["lessons"][number];
export type TScore = TDashboard["scores"][number];
export type TActivityDay = TDashboard["activity"][number];
