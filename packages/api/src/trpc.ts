import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
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

/** Signed in, any role; otherwise 401. */
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
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
