import { z } from "zod";
import { loadNotifications } from "../notifications/load-notifications";
import { markNotificationsRead } from "../notifications/mark-read";
import { createTRPCRouter, studentProcedure } from "../trpc";

const ZKey = z.string().min(3).max(120);

export const notificationRouter = createTRPCRouter({
  list: studentProcedure.query(async ({ ctx }) => {
    const items = await loadNotifications(ctx.db, ctx.session.id);
    return { items, unread: items.filter((n) => !n.read).length };
  }),
  markRead: studentProcedure
    .input(z.object({ keys: z.array(ZKey).min(1).max(50) }).strict())
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.session.id, input.keys)),
  markAllRead: studentProcedure.mutation(({ ctx }) => markNotificationsRead(ctx.db, ctx.session.id, "ALL")),
});
