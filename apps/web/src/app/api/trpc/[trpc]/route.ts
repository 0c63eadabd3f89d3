import { appRouter, createContext } from "@dc/api";
import { getDb } from "@dc/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUser } from "~/server/auth";
import { mailer } from "~/server/mailer";

// Requests larger than this are refused before parsing: no answer or form needs more.
const MAX_BODY_BYTES = 64 * 1024;

const handler = async (req: Request) => {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    return Response.json({ error: { message: "PAYLOAD_TOO_LARGE" } }, { status: 413 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => createContext({ db: getDb(), session: await getSessionUser(), mailer }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
};

export { handler as GET, handler as POST };
