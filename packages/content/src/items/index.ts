import { assessmentInputs } from "./assessment";
import { items as l0 } from "./lesson-0";
import { items as l1 } from "./lesson-1";
import { items as l2 } from "./lesson-2";
import { items as l3 } from "./lesson-3";
import { items as l4 } from "./lesson-4";
import { items as l5 } from "./lesson-5";
import { writtenInputs } from "./written";

/** The practice pool, one file per lesson (items default to `pool: "practice"`). */
export const practiceInputs = [...l0, ...l1, ...l2, ...l3, ...l4, ...l5];

/** Raw item inputs of both pools, the written (short-answer) items too; validated by `../bank`. */
export const itemInputs = [...practiceInputs, ...assessmentInputs, ...writtenInputs];
