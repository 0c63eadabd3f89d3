import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { requireAccess, type TNeed } from "./auth/access";
import { type Context } from "./context";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Browsers see a clear message for their own mistakes and nothing of the server's internals.
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: internal ? "INTERNAL_ERROR" : zodError ? "INVALID_INPUT" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zodError ? fieldErrors(zodError) : undefined,
      },
    };
  },
});

function fieldErrors(error: ZodError) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".") || "_"] ??= issue.message;
  return out;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

const guarded = (need: TNeed) =>
  t.procedure.use(({ ctx, next }) => next({ ctx: { ...ctx, session: requireAccess(ctx.session, need) } }));

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
