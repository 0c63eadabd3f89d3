import { getDb } from "@dc/db";
import { mailer } from "~/server/mailer";
import { requestSessionUser } from "~/server/request-session";
import { createTrpcHandler } from "~/server/trpc-handler";

const handler = createTrpcHandler({ db: getDb, session: requestSessionUser, mailer });

export { handler as GET, handler as POST };
