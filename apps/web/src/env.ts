import { z } from "zod";

// An empty value counts as "not set", so a deployment can blank a variable it inherits.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/** The web app's environment, validated once; read process.env nowhere else in the app. */
const ZWebEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    NEXTAUTH_SECRET:
      // Required where the server runs; `next build` only imports the modules.
      process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build"
        ? z.string().min(16, "NEXTAUTH_SECRET must be set (16+ characters) in production")
        : z.string().default("development-only-secret-not-for-production"),
    /** The public address of the site (`pnpm start` sets it); links in mail point here. */
    NEXTAUTH_URL: optional(z.url({ message: "NEXTAUTH_URL must be the site's public URL" })),

    // School sign-in (OpenID Connect): all of issuer, client id and secret and domains, or none.
    OIDC_ISSUER: optional(z.url({ message: "OIDC_ISSUER must be the provider's issuer URL" })),
    OIDC_CLIENT_ID: optional(z.string()),
    OIDC_CLIENT_SECRET: optional(z.string()),
    OIDC_ALLOWED_DOMAINS: optional(z.string()),
    /** What the button names, e.g. "Google" or "Microsoft 365". */
    OIDC_NAME: optional(z.string().max(40, "OIDC_NAME must be at most 40 characters")),

    // "Forgot password" by e-mail: SMTP_URL and MAIL_FROM together, or neither.
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")),
    MAIL_FROM: optional(z.string().min(3)),
  })
  .superRefine((e, ctx) => {
    const oidc = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET, e.OIDC_ALLOWED_DOMAINS];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        message:
          "School sign-in needs all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_ALLOWED_DOMAINS",
      });
    }
    if (
      e.OIDC_ALLOWED_DOMAINS &&
      domains(e.OIDC_ALLOWED_DOMAINS).some((d) => !/^[a-z0-9.-]+\.[a-z]+$/.test(d))
    ) {
      ctx.addIssue({
        code: "custom",
        message: "OIDC_ALLOWED_DOMAINS must be e-mail domains, comma-separated",
      });
    }
    if (Boolean(e.SMTP_URL) !== Boolean(e.MAIL_FROM)) {
      ctx.addIssue({ code: "custom", message: "SMTP_URL and MAIL_FROM must be set together" });
    }
  })
  .transform((e) => ({
    ...e,
    /** Set when school sign-in is configured. */
    schoolSignIn:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_ALLOWED_DOMAINS
        ? {
            issuer: e.OIDC_ISSUER.replace(/\/+$/, ""),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            allowedDomains: domains(e.OIDC_ALLOWED_DOMAINS),
            name: e.OIDC_NAME ?? null,
          }
        : null,
    /** Set when mail can be sent. */
    mail:
      e.SMTP_URL && e.MAIL_FROM
        ? { url: e.SMTP_URL, from: e.MAIL_FROM, baseUrl: e.NEXTAUTH_URL ?? "http://localhost:3000" }
        : null,
  }));

function domains(list: string) {
  return list
    .split(",")
    .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
}

const parsed = ZWebEnv.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
}
export const env = parsed.data;
