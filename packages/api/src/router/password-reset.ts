import { domainError } from "../contract/domain-error";
import { z } from "zod";
import { PASSWORD_MAX } from "../auth/password-policy";
import { requestPasswordReset } from "../auth/request-password-reset";
import { resetMail } from "../auth/reset-mail";
import { resetPassword } from "../auth/reset-password";
import { ZEmail } from "../auth/schemas";
import { createTRPCRouter, limited, publicProcedure } from "../trpc";
import { ZResetPasswordOutput, ZResetRequestedOutput } from "../auth/outputs";

const ZToken = z.string().min(16).max(128);

export const passwordResetRouter = createTRPCRouter({
  /**
   * Mails a one-time link when the e-mail belongs to an account; answers the same when it does not.
   * The mail goes out after the answer, so the response time does not tell either.
   */
  request: publicProcedure
    .use(limited("passwordResetAddress"))
    .input(z.object({ email: ZEmail }).strict())
    .output(ZResetRequestedOutput)
    .mutation(async ({ ctx, input }) => {
      const mailer = ctx.mailer;
      if (!mailer) throw domainError("RESET_BY_EMAIL_OFF");
      const link = await requestPasswordReset(ctx.db, input.email);
      if (link) {
        mailer
          .send(resetMail({ to: link.to, name: link.name, baseUrl: mailer.baseUrl, token: link.token }))
          .catch((error: unknown) => console.error("password reset mail failed:", error));
      }
      return { ok: true as const };
    }),

  /** Sets the new password with the link's token; the link then stops working. */
  reset: publicProcedure
    .input(z.object({ token: ZToken, password: z.string().min(1).max(PASSWORD_MAX, "TOO_LONG") }).strict())
    .output(ZResetPasswordOutput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input)),
});
