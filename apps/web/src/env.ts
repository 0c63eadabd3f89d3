import { z } from "zod";

/** The web app's environment, validated once; read process.env nowhere else in the app. */
const ZWebEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  NEXTAUTH_SECRET:
    // Required where the server runs; `next build` only imports the modules.
    process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build"
      ? z.string().min(16, "NEXTAUTH_SECRET must be set (16+ characters) in production")
      : z.string().default("development-only-secret-not-for-production"),
});

const parsed = ZWebEnv.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
}
export const env = parsed.data;
