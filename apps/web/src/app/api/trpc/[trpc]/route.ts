import { getDb } from "@dc/db";
import { getSessionUser } from "~/server/auth";
import { mailer } from "~/server/mailer";
import { createTrpcHandler } from "~/server/trpc-handler";

const handler = createTrpcHandler({ db: getDb, session: getSessionUser, mailer });

export { handler as GET, handler as POST };
