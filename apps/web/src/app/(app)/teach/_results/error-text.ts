"use client";

import { useTranslations } from "next-intl";
import { errorCode, knownOr, type TKnownCode } from "~/lib/error-code";

/** API error codes the results pages can meet, each with a sentence in both languages. */
export const KNOWN_ERRORS = [
  "CLASS_NOT_FOUND",
  "ASSIGNMENT_NOT_FOUND",
  "ATTEMPT_NOT_FOUND",
  "STUDENT_NOT_FOUND",
  "ITEM_NOT_IN_ASSIGNMENT",
  "NO_ADJUSTMENT",
  "ACCEPTED_KEY_INVALID",
  "NOT_A_WRITTEN_ITEM",
  "UNKNOWN_CRITERION",
  "ATTEMPT_NOT_SUBMITTED",
  "ANSWER_NOT_FOUND",
  "INVALID_INPUT",
  "TEACHERS_ONLY",
  "SIGN_IN_REQUIRED",
  "INTERNAL_ERROR",
  "NETWORK",
] as const satisfies readonly TKnownCode[];

/** The known code of an error message: "ACCEPTED_KEY_INVALID:NOT_A_CHOICE" → ACCEPTED_KEY_INVALID. */
export function knownCode(code: string): (typeof KNOWN_ERRORS)[number] | null {
  const known = knownOr(code, KNOWN_ERRORS);
  return known === "generic" ? null : known;
}

/** Turns a failed request into a sentence in the interface language. */
export function useErrorText() {
  const t = useTranslations("results.errors");
  return (error: unknown) => {
    const { code } = errorCode(error);
    const known = knownCode(code);
    return known ? t(known) : t("generic");
  };
}
