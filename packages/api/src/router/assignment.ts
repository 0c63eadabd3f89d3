import { ZResponse } from "@dc/content";
import { z } from "zod";
import { adjustItem } from "../assignments/adjust-item";
import { createAssignment } from "../assignments/create-assignment";
import { deleteAssignment } from "../assignments/delete-assignment";
import { duplicateAssignment } from "../assignments/duplicate-assignment";
import { getAssignment } from "../assignments/get-assignment";
import { listAssignments } from "../assignments/list-assignments";
import { listRegrades } from "../assignments/list-regrades";
import { checkPreview, previewAssignment } from "../assignments/preview-assignment";
import { releaseNow } from "../assignments/release-now";
import {
  ZAccommodationSet,
  ZAssignmentView,
  ZAttemptStarted,
  ZDeleted,
  ZMyAssignments,
  ZDuplicateAssignmentOutput,
  ZReleaseNowOutput,
  ZPreviewAssignmentOutput,
  ZCheckPreviewOutput,
  ZListAssignmentsOutput,
  ZGetAssignmentOutput,
  ZAdjustItemOutput,
  ZListRegradesOutput,
} from "../assignments/outputs";
import {
  ZAccommodation,
  ZAdjustItem,
  ZCreateAssignment,
  ZDeleteAssignment,
  ZDuplicateAssignment,
  ZId,
  ZItemId,
  ZUpdateAssignment,
} from "../assignments/schemas";
import { setAccommodation } from "../assignments/set-accommodation";
import { startAssignmentAttempt } from "../attempts/start-assignment-attempt";
import { studentAssignments } from "../assignments/student-assignments";
import { updateAssignment } from "../assignments/update-assignment";
import { createTRPCRouter, limited, studentProcedure, teacherProcedure } from "../trpc";

const ZAssignmentRef = z.object({ assignmentId: ZId }).strict();

export const assignmentRouter = createTRPCRouter({
  // Teachers: assignments of their own classes only; any other id is ASSIGNMENT_NOT_FOUND.
  create: teacherProcedure
    .input(ZCreateAssignment)
    .output(ZAssignmentView)
    .mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.session.id, input)),

  update: teacherProcedure
    .input(ZUpdateAssignment)
    .output(ZAssignmentView)
    .mutation(({ ctx, input }) => updateAssignment(ctx.db, ctx.session.id, input)),

  /** Deleting one that students started needs `confirmAttempts`: the number of attempts that go with it. */
  delete: teacherProcedure
    .input(ZDeleteAssignment)
    .output(ZDeleted)
    .mutation(({ ctx, input }) => deleteAssignment(ctx.db, ctx.session.id, input)),

  /** A copy (items, settings, pass mark, corrections) for one of the teacher's classes, with new dates. */
  duplicate: teacherProcedure
    .input(ZDuplicateAssignment)
    .output(ZDuplicateAssignmentOutput)
    .mutation(({ ctx, input }) => duplicateAssignment(ctx.db, ctx.session.id, input)),

  /** Keys and scores reach students now, as if the due time had passed. */
  releaseNow: teacherProcedure
    .input(ZAssignmentRef)
    .output(ZReleaseNowOutput)
    .mutation(({ ctx, input }) => releaseNow(ctx.db, ctx.session.id, input)),

  /** The assignment as a student would get it; nothing is recorded. */
  preview: teacherProcedure
    .input(ZAssignmentRef)
    .output(ZPreviewAssignmentOutput)
    .query(({ ctx, input }) => previewAssignment(ctx.db, ctx.session.id, input)),

  /** Scores preview answers and shows their keys; nothing is recorded. */
  checkPreview: teacherProcedure
    .input(
      z
        .object({
          assignmentId: ZId,
          seed: z.string().min(1).max(64),
          responses: z
            .array(z.object({ itemId: ZItemId, response: ZResponse.nullable() }).strict())
            .min(1)
            .max(50),
        })
        .strict(),
    )
    .output(ZCheckPreviewOutput)
    .mutation(({ ctx, input }) => checkPreview(ctx.db, ctx.session.id, input)),

  list: teacherProcedure
    .input(z.object({ classId: ZId }).strict())
    .output(ZListAssignmentsOutput)
    .query(({ ctx, input }) => listAssignments(ctx.db, ctx.session.id, input)),

  get: teacherProcedure
    .input(ZAssignmentRef)
    .output(ZGetAssignmentOutput)
    .query(({ ctx, input }) => getAssignment(ctx.db, ctx.session.id, input)),

  setAccommodation: teacherProcedure
    .input(ZAccommodation)
    .output(ZAccommodationSet)
    .mutation(({ ctx, input }) => setAccommodation(ctx.db, ctx.session.id, input)),

  /** Corrects an item and regrades the submitted attempts; returns the grades that changed. */
  adjustItem: teacherProcedure
    .input(ZAdjustItem)
    .output(ZAdjustItemOutput)
    .mutation(({ ctx, input }) => adjustItem(ctx.db, ctx.session.id, input)),

  regrades: teacherProcedure
    .input(ZAssignmentRef)
    .output(ZListRegradesOutput)
    .query(({ ctx, input }) => listRegrades(ctx.db, ctx.session.id, input)),

  // Students: assignments of the classes they are in.
  mine: studentProcedure
    .input(z.object({ classId: ZId.optional() }).strict().optional())
    .output(ZMyAssignments)
    .query(({ ctx, input }) => studentAssignments(ctx.db, ctx.session.id, input ?? {})),

  /** Starts or resumes an attempt; then use attempt.get / save / submit with the returned id. */
  start: studentProcedure
    .use(limited("attemptStartUser"))
    .input(ZAssignmentRef)
    .output(ZAttemptStarted)
    .mutation(({ ctx, input }) => startAssignmentAttempt(ctx.db, ctx.session.id, input)),
});
