import { TRPCError } from "@trpc/server";

/** Another class's announcement looks exactly like none. */
export const announcementNotFound = () =>
  new TRPCError({ code: "NOT_FOUND", message: "ANNOUNCEMENT_NOT_FOUND" });
