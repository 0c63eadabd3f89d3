import { type inferRouterInputs, type inferRouterOutputs } from "@trpc/server";
import { adminRouter } from "./router/admin";
import { announcementRouter } from "./router/announcement";
import { assignmentRouter } from "./router/assignment";
import { attemptRouter } from "./router/attempt";
import { authRouter } from "./router/auth";
import { bankRouter } from "./router/bank";
import { classRouter } from "./router/class";
import { gradingRouter } from "./router/grading";
import { homeRouter } from "./router/home";
import { notificationRouter } from "./router/notification";
import { passwordResetRouter } from "./router/password-reset";
import { invitationRouter } from "./router/invitation";
import { progressRouter } from "./router/progress";
import { readingRouter } from "./router/reading";
import { resultsRouter } from "./router/results";
import { reviewRouter } from "./router/review";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  announcement: announcementRouter,
  assignment: assignmentRouter,
  attempt: attemptRouter,
  auth: authRouter,
  bank: bankRouter,
  class: classRouter,
  grading: gradingRouter,
  home: homeRouter,
  notification: notificationRouter,
  passwordReset: passwordResetRouter,
  invitation: invitationRouter,
  progress: progressRouter,
  reading: readingRouter,
  results: resultsRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
