import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type postAnnouncement } from "./post-announcement";
import { type deleteAnnouncement } from "./delete-announcement";
import { type listClassAnnouncements, type listAnnouncementsForStudent } from "./list-announcements";

/* The announcements procedures' declared outputs (see contract/same-shape.ts). */

export const ZPostAnnouncementOutput = z.object({
  id: z.string(),
  classId: z.string(),
  className: z.string(),
  body: z.string(),
  createdAt: z.date(),
  authorName: z.string(),
});

export const ZDeleteAnnouncementOutput = z.object({ announcementId: z.string(), deleted: z.literal(true) });

/** A class's announcements, newest first (for its teachers, or a student's classes'). */
export const ZAnnouncementsOutput = z.array(
  z.object({
    id: z.string(),
    classId: z.string(),
    className: z.string(),
    body: z.string(),
    createdAt: z.date(),
    authorName: z.string(),
  }),
);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZPostAnnouncementOutput>, TOut<typeof postAnnouncement>>(true);
sameShape<z.output<typeof ZDeleteAnnouncementOutput>, TOut<typeof deleteAnnouncement>>(true);
sameShape<z.output<typeof ZAnnouncementsOutput>, TOut<typeof listClassAnnouncements>>(true);
sameShape<z.output<typeof ZAnnouncementsOutput>, TOut<typeof listAnnouncementsForStudent>>(true);
