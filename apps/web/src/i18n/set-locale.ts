"use server";

import { cookies, headers } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locales";

export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  // Secure over https (the production server vouches for X-Forwarded-Proto; see packages/api/docs/edge.md).
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    secure,
  });
}
