import { z } from "zod";
import { deleteAnnouncement } from "../announcements/delete-announcement";
import { listAnnouncementsForStudent, listClassAnnouncements } from "../announcements/list-announcements";
import { NOTICE_MAX } from "../announcements/notice-text";
import { postAnnouncement } from "../announcements/post-announcement";
import { ZId } from "../assignments/schemas";
import { createTRPCRouter, studentProcedure, teacherProcedure } from "../trpc";
import {
  ZPostAnnouncementOutput,
  ZDeleteAnnouncementOutput,
  ZAnnouncementsOutput,
} from "../announcements/outputs";

/** Short notices to a class: its teachers (owner or co-teachers) post and delete; its students read. */
export const announcementRouter = createTRPCRouter({
  post: teacherProcedure
    .input(
      z
        .object({
          classId: ZId,
          notice: z.string().trim().min(1, "NOTICE_REQUIRED").max(NOTICE_MAX, "NOTICE_TOO_LONG"),
        })
        .strict(),
    )
    .output(ZPostAnnouncementOutput)
    .mutation(({ ctx, input }) => postAnnouncement(ctx.db, ctx.session.id, input)),

  delete: teacherProcedure
    .input(z.object({ announcementId: ZId }).strict())
    .output(ZDeleteAnnouncementOutput)
    .mutation(({ ctx, input }) => deleteAnnouncement(ctx.db, ctx.session.id, input)),

  list: teacherProcedure
    .input(z.object({ classId: ZId }).strict())
    .output(ZAnnouncementsOutput)
    .query(({ ctx, input }) => listClassAnnouncements(ctx.db, ctx.session.id, input)),

  /** The student's classes' announcements, newest first. */
  mine: studentProcedure
    .input(
      z
        .object({ limit: z.number().int().min(1).max(100).optional() })
        .strict()
        .optional(),
    )
    .output(ZAnnouncementsOutput)
    .query(({ ctx, input }) => listAnnouncementsForStudent(ctx.db, ctx.session.id, input?.limit ?? 20)),
});
