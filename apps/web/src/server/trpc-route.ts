import { getDb } from "@dc/db";
import { mailer } from "./mailer";
import { requestSessionUser } from "./request-session";
import { createTrpcHandler } from "./trpc-handler";

/** The app's tRPC endpoint: served by Next's route in development, straight from Node in production (node-api.ts). */
export const trpcRoute = createTrpcHandler({ db: getDb, session: requestSessionUser, mailer });
