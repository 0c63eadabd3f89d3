import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type gradebookCsv } from "./gradebook-csv";
import { type responsesCsv } from "./responses-csv";

/* The results procedures' declared outputs (see contract/same-shape.ts). */

/** A CSV download: UTF-8 with a BOM, which the browser saves as a Blob. */
export const ZCsvFile = z.object({ filename: z.string(), content: z.string(), rows: z.number() });

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZCsvFile>, TOut<typeof gradebookCsv>>(true);
sameShape<z.output<typeof ZCsvFile>, TOut<typeof responsesCsv>>(true);
