import type { RouterOutputs } from "@dc/api";

/** A class as `class.get` returns it: the class, its code and counts, and its roster. */
export type TClassDetail = RouterOutputs["class"]["get"];
export type TClassAssignment = RouterOutputs["assignment"]["list"][number];
