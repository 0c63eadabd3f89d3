import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { requireAccess, type TNeed } from "./auth/access";
import { type Context } from "./context";
import { consumeLimit } from "./limits/consume";
import { RateLimitedError } from "./limits/errors";
import { LIMITS, type TLimitName } from "./limits/table";
import { cleanInput, TextInputError } from "./text/clean-text";
import { SCRIPTED_PROCEDURES, simplifyDeep } from "./text/script-output";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Browsers see a clear message for their own mistakes and nothing of the server's internals.
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const zodError =
      error.cause instanceof ZodError || error.cause instanceof TextInputError ? error.cause : null;
    return {
      ...shape,
      message: internal ? "INTERNAL_ERROR" : zodError ? "INVALID_INPUT" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zodError ? fieldErrors(zodError) : undefined,
        /** Seconds until a refused (429) request may be tried again. */
        retryAfter: error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : undefined,
      },
    };
  },
});

function fieldErrors(error: { issues: readonly { path: PropertyKey[]; message: string }[] }) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.map(String).join(".") || "_"] ??= issue.message;
  return out;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every input, before its schema: strings NFC-normalised, hostile characters refused per field. */
const cleanText = t.middleware(async ({ getRawInput, next }) => {
  const { value, issues } = cleanInput(await getRawInput());
  if (issues.length > 0) throw new TRPCError({ code: "BAD_REQUEST", cause: new TextInputError(issues) });
  return next({ getRawInput: () => Promise.resolve(value) });
});

/** Learning content in the reader's script: converted here, once, so browsers carry no converter. */
const inReaderScript = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok || ctx.script !== "hans" || !SCRIPTED_PROCEDURES.has(path)) return result;
  return { ...result, data: simplifyDeep(result.data) };
});

export const publicProcedure = t.procedure.use(cleanText).use(inReaderScript);

/**
 * Rate limits from limits/table.ts, one try counted per call, before the procedure runs:
 * `studentProcedure.use(limited("joinCodeUser", "joinCodeAddress"))`. Refusals are 429 with Retry-After.
 */
export function limited(...names: TLimitName[]) {
  return t.middleware(async ({ ctx, next }) => {
    for (const name of names) {
      const by = LIMITS[name].by;
      // No address: an in-process caller (a server render), not a request from the network.
      if (by === "address" && ctx.address === undefined) continue;
      const key = by === "user" ? ctx.session?.id : by === "address" ? ctx.address : undefined;
      if (!key) throw new Error(`limit ${name} is kept per ${by}, which this procedure does not know`);
      await consumeLimit(ctx.db, name, key);
    }
    return next();
  });
}

const guarded = (need: TNeed) =>
  publicProcedure.use(({ ctx, next }) =>
    next({ ctx: { ...ctx, session: requireAccess(ctx.session, need) } }),
  );

/** Signed in, even with a one-time password still to change: changing it, signing out, who am I. */
export const passwordChangeProcedure = guarded("PASSWORD_CHANGE");

/** Signed in, any role; otherwise 401. */
export const protectedProcedure = guarded("SIGNED_IN");

/** Signed in as a confirmed teacher; anyone else signed in gets 403. */
export const teacherProcedure = guarded("TEACHER");

/** Signed in as a student; anyone else signed in gets 403. */
export const studentProcedure = guarded("STUDENT");

/** Signed in as an admin; anyone else signed in gets 403. */
export const adminProcedure = guarded("ADMIN");
