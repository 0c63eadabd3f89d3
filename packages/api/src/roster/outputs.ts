import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type importRoster } from "./import-roster";

/* The roster procedures' declared outputs (see contract/same-shape.ts). */

export const ZImportRosterOutput = z.object({
  classId: z.string(),
  className: z.string(),
  slips: z.array(
    z.object({
      classNumber: z.number(),
      name: z.string(),
      loginId: z.string().nullable(),
      email: z.string().nullable(),
      password: z.string().nullable(),
    }),
  ),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZImportRosterOutput>, TOut<typeof importRoster>>(true);
