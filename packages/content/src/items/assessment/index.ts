import type { TItemInput } from "../../schema";
import { items as l0 } from "./lesson-0";
import { items as l1 } from "./lesson-1";
import { items as l2 } from "./lesson-2";
import { items as l3 } from "./lesson-3";
import { items as l4 } from "./lesson-4";
import { items as l5 } from "./lesson-5";

/** An item filed here is an assessment item, whether or not it says so (one saying "practice" fails a test). */
const inPool = (items: TItemInput[]): TItemInput[] =>
  items.map((item) => ({ ...item, pool: item.pool ?? "assessment" }));

/**
 * The assessment pool, one file per lesson. Ids carry no pool marker, so they must differ from every
 * practice id (checked at load); keys reach students only through released assignments.
 */
export const assessmentInputs = inPool([...l0, ...l1, ...l2, ...l3, ...l4, ...l5]);
