import { z } from "zod";
import { ZId } from "../assignments/schemas";
import { ANALYSIS_ATTEMPTS } from "../results/analysis-attempt";
import { assignmentResults } from "../results/assignment-results";
import { attemptDetail } from "../results/attempt-detail";
import { classMastery } from "../results/class-mastery";
import { gradebook } from "../results/gradebook";
import { ZCsvLocale } from "../results/csv-locale";
import { gradebookCsv } from "../results/gradebook-csv";
import {
  ZCsvFile,
  ZGradebookOutput,
  ZAssignmentResultsOutput,
  ZAttemptDetailOutput,
  ZClassMasteryOutput,
} from "../results/outputs";
import { responsesCsv } from "../results/responses-csv";
import { createTRPCRouter, teacherProcedure } from "../trpc";

const ZClassRef = z.object({ classId: ZId }).strict();

/** A teacher's results, for their own classes only (anything else is NOT_FOUND). */
export const resultsRouter = createTRPCRouter({
  /** Students by assignments; cheap enough to poll every few seconds. */
  gradebook: teacherProcedure
    .input(ZClassRef)
    .output(ZGradebookOutput)
    .query(({ ctx, input }) => gradebook(ctx.db, ctx.session.id, input)),

  assignment: teacherProcedure
    .input(z.object({ assignmentId: ZId, attempts: z.enum(ANALYSIS_ATTEMPTS).optional() }).strict())
    .output(ZAssignmentResultsOutput)
    .query(({ ctx, input }) => assignmentResults(ctx.db, ctx.session.id, input)),

  attempt: teacherProcedure
    .input(z.object({ attemptId: ZId }).strict())
    .output(ZAttemptDetailOutput)
    .query(({ ctx, input }) => attemptDetail(ctx.db, ctx.session.id, input)),

  mastery: teacherProcedure
    .input(z.object({ classId: ZId, scope: z.enum(["ALL", "ASSIGNMENTS"]).optional() }).strict())
    .output(ZClassMasteryOutput)
    .query(({ ctx, input }) => classMastery(ctx.db, ctx.session.id, input)),

  /** { filename, content }: UTF-8 CSV with a BOM; the browser saves it as a Blob. */
  gradebookCsv: teacherProcedure
    .input(z.object({ classId: ZId, ...ZCsvLocale }).strict())
    .output(ZCsvFile)
    .query(({ ctx, input }) => gradebookCsv(ctx.db, ctx.session.id, input)),

  responsesCsv: teacherProcedure
    .input(z.object({ assignmentId: ZId, ...ZCsvLocale }).strict())
    .output(ZCsvFile)
    .query(({ ctx, input }) => responsesCsv(ctx.db, ctx.session.id, input)),
});
