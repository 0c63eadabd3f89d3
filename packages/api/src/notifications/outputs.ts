import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type listNotifications } from "./list-notifications";
import { type markNotificationsRead } from "./mark-read";

/* The notifications procedures' declared outputs (see contract/same-shape.ts). */

export const ZListNotificationsOutput = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(["announcement", "assignment.new", "assignment.due", "results.released"]),
      at: z.date(),
      classId: z.string(),
      className: z.string(),
      text: z.string(),
      href: z.string(),
      read: z.boolean(),
    }),
  ),
  unread: z.number(),
});

export const ZMarkNotificationsReadOutput = z.object({ marked: z.number() });

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZListNotificationsOutput>, TOut<typeof listNotifications>>(true);
sameShape<z.output<typeof ZMarkNotificationsReadOutput>, TOut<typeof markNotificationsRead>>(true);
