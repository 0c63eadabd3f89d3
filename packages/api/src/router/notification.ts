import { z } from "zod";
import { listNotifications } from "../notifications/list-notifications";
import { markNotificationsRead } from "../notifications/mark-read";
import { createTRPCRouter, studentProcedure } from "../trpc";
import { ZListNotificationsOutput, ZMarkNotificationsReadOutput } from "../notifications/outputs";

const ZKey = z.string().min(3).max(120);

export const notificationRouter = createTRPCRouter({
  list: studentProcedure
    .output(ZListNotificationsOutput)
    .query(({ ctx }) => listNotifications(ctx.db, ctx.session.id)),
  markRead: studentProcedure
    .input(z.object({ keys: z.array(ZKey).min(1).max(50) }).strict())
    .output(ZMarkNotificationsReadOutput)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.session.id, input.keys)),
  markAllRead: studentProcedure
    .output(ZMarkNotificationsReadOutput)
    .mutation(({ ctx }) => markNotificationsRead(ctx.db, ctx.session.id, "ALL")),
});
