import type { RouterOutputs } from "@dc/api";

export type TMastery = RouterOutputs["results"]["mastery"];
export type TScope = TMastery["scope"];
export type TMasteryRow = { key: string; name: string } & Pick<
  TMastery["skills"][number],
  "mastery" | "answered" | "total" | "level"
>;
