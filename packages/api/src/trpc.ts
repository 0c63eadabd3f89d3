import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { type Context } from "./context";
import { consumeLimit } from "./limits/consume";
import { RateLimitedError } from "./limits/errors";
import { LIMITS, type TLimitName } from "./limits/table";
import { cleanInput, TextInputError } from "./text/clean-text";

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

export const publicProcedure = t.procedure.use(cleanText);

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

/** Signed in, any role; otherwise 401. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "SIGN_IN_REQUIRED" });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Signed in as a teacher; a signed-in student gets 403. */
export const teacherProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.role !== "TEACHER") throw new TRPCError({ code: "FORBIDDEN", message: "TEACHERS_ONLY" });
  return next();
});

/** Signed in as a student; a signed-in teacher gets 403. */
export const studentProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.role !== "STUDENT") throw new TRPCError({ code: "FORBIDDEN", message: "STUDENTS_ONLY" });
  return next();
});
