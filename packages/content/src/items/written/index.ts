import type { TWrittenItemInput } from "../../item-types/written";
import { items as l0 } from "./lesson-0";
import { items as l1 } from "./lesson-1";
import { items as l2 } from "./lesson-2";
import { items as l3 } from "./lesson-3";
import { items as l4 } from "./lesson-4";
import { items as l5 } from "./lesson-5";

/** Written (short-answer) items, one file per lesson; validated by `../../written`. Every item states its pool. */
export const writtenInputs: TWrittenItemInput[] = [...l0, ...l1, ...l2, ...l3, ...l4, ...l5];
