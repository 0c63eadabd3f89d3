import { type Prisma } from "@dc/db";
import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type listAudit } from "./list-audit";

/* The audit procedures' declared outputs (see contract/same-shape.ts). */

/** Stored JSON, as the database gives it. */
const ZJson = z.custom<Prisma.JsonValue>(() => true);

export const ZListAuditOutput = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      createdAt: z.date(),
      action: z.string(),
      details: ZJson,
      actor: z
        .object({
          email: z.string().nullable(),
          id: z.string(),
          name: z.string(),
          loginId: z.string().nullable(),
        })
        .nullable(),
      target: z
        .object({
          email: z.string().nullable(),
          id: z.string(),
          name: z.string(),
          loginId: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZListAuditOutput>, TOut<typeof listAudit>>(true);
