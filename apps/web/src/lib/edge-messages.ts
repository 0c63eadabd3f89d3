import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";

/** Seconds until a refused (429) request may be tried again; null when the error is not a refusal. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error.data ?? {}) as { httpStatus?: number; retryAfter?: number };
  if (data.httpStatus !== 429) return null;
  return typeof data.retryAfter === "number" ? data.retryAfter : 60;
}

/** Texts for what the edge refuses: too many tries (HTTP 429) and characters no field accepts. */
export function useEdgeMessages() {
  const t = useTranslations("edge");
  return {
    /** "Too many attempts, try again in N minutes" for a refused request, else null. */
    refusal(error: unknown): string | null {
      const seconds = retryAfterSeconds(error);
      return seconds === null ? null : t("tooMany", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    },
    /** The text of a field error code from the edge (INVALID_CHARACTERS), else null. */
    field(code: string | undefined): string | null {
      return code === "INVALID_CHARACTERS" ? t("invalidCharacters") : null;
    },
  };
}
