import { items as l0 } from "./lesson-0";
import { items as l1 } from "./lesson-1";
import { items as l2 } from "./lesson-2";
import { items as l3 } from "./lesson-3";
import { items as l4 } from "./lesson-4";
import { items as l5 } from "./lesson-5";

/**
 * The assessment pool, one file per lesson. Every item here is written with `pool: "assessment"`
 * (tested); ids carry no pool marker, so they must differ from every practice id (checked at load).
 */
export const assessmentInputs = [...l0, ...l1, ...l2, ...l3, ...l4, ...l5];
