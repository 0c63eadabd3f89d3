import { getDb } from "@dc/db";
import { getSessionUser } from "~/server/auth";
import { createTrpcHandler } from "~/server/trpc-handler";

const handler = createTrpcHandler({ db: getDb, session: getSessionUser });

export { handler as GET, handler as POST };
