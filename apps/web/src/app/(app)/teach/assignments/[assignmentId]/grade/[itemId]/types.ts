import type { RouterOutputs } from "@dc/api";

export type TQueue = RouterOutputs["grading"]["queue"];
export type TGroup = TQueue["groups"][number];
export type TCriterion = TQueue["item"]["rubric"][number];
