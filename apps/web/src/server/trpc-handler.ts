import {
  appRouter,
  createContext,
  parseScript,
  requestAddress,
  retryAfterOf,
  type Mailer,
  type SessionUser,
} from "@dc/api";
import { type Db } from "@dc/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { SCRIPT_COOKIE } from "~/i18n/script-cookie";
import { MAX_BATCH_SIZE } from "~/trpc/batch";
import { readLimitedBody } from "./edge/body";
import { mutationRefusal } from "./edge/origin";

const refuse = (status: number, message: string) =>
  Response.json({ error: { message } }, { status, headers: { "cache-control": "no-store" } });

/**
 * The tRPC endpoint: bounded (body size counted on the bytes read, batch size), mutations only as
 * JSON from this site, nothing cached, and 429s with Retry-After. `route.ts` gives it the app's
 * database and session; tests give it theirs.
 */
export function createTrpcHandler(deps: {
  db: () => Db;
  /** The signed-in user of this request (its session cookie, checked against the Session row). */
  session: (req: Request) => Promise<SessionUser | null>;
  mailer?: Mailer | null;
}) {
  const scriptCookie = new RegExp(`(?:^|;\\s*)${SCRIPT_COOKIE}=(\\w+)`);
  const scriptOf = (req: Request) => parseScript(scriptCookie.exec(req.headers.get("cookie") ?? "")?.[1]);
  return async (req: Request): Promise<Response> => {
    let forward = req;
    if (req.method === "POST") {
      const refusal = mutationRefusal(req);
      if (refusal) return refuse(refusal === "CROSS_SITE" ? 403 : 415, refusal);
      const body = await readLimitedBody(req);
      if (!body) return refuse(413, "PAYLOAD_TOO_LARGE");
      forward = new Request(req.url, { method: "POST", headers: req.headers, body: body as BodyInit });
    }
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      req: forward,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: async () =>
        createContext({
          db: deps.db(),
          session: await deps.session(req),
          mailer: deps.mailer,
          address: requestAddress(req.headers),
          script: scriptOf(req),
        }),
      responseMeta({ errors }) {
        const headers = new Headers({ "cache-control": "no-store" });
        const retryAfter = retryAfterOf(errors);
        if (retryAfter !== null) headers.set("retry-after", String(retryAfter));
        return { headers };
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR")
          console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
      },
    });
  };
}
