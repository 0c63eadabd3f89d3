"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TZ_COOKIE } from "./time-zone";

/** Offsets this page load has already asked the server to render again with (at most once each). */
const requested = new Set<number>();

/**
 * Keeps the time-zone cookie equal to the browser's UTC offset. When the server counted days with
 * another offset (first visit, travel, daylight saving), it stores the right one and renders again.
 */
export function TimeZoneSync({ serverTz }: { serverTz: number | null }) {
  const router = useRouter();
  useEffect(() => {
    const tz = -new Date().getTimezoneOffset();
    if (tz === serverTz || requested.has(tz)) return;
    const secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${TZ_COOKIE}=${tz}; path=/; max-age=31536000; samesite=lax${secure}`;
    if (!document.cookie.includes(`${TZ_COOKIE}=${tz}`)) return; // cookies are blocked
    requested.add(tz);
    router.refresh();
  }, [serverTz, router]);
  return null;
}
