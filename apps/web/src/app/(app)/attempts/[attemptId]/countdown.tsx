"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/**
 * Time left by the server's clock: `serverNow` and the local clock at fetch give the skew, so a
 * wrong device clock neither steals nor adds time. Announces the last 5 and 1 minutes, then calls `onExpire`.
 */
export function Countdown({
  deadline,
  serverNow,
  onExpire,
}: {
  deadline: Date;
  serverNow: Date;
  onExpire: () => void;
}) {
  const t = useTranslations("attempt");
  const skew = useRef<number | null>(null);
  const [now, setNow] = useState(() => serverNow.getTime());
  const [announcement, setAnnouncement] = useState("");
  const expired = useRef(false);
  const remaining = Math.max(0, deadline.getTime() - now);

  useEffect(() => {
    skew.current ??= serverNow.getTime() - Date.now();
    const tick = () => setNow(Date.now() + (skew.current ?? 0));
    const id = setInterval(tick, 500);
    return () => clearInterval(id);
  }, [serverNow]);

  useEffect(() => {
    const minutes = Math.ceil(remaining / 60_000);
    if ((minutes === 5 || minutes === 1) && remaining > (minutes - 1) * 60_000 + 55_000) {
      setAnnouncement(t("timeWarning", { minutes }));
    }
    if (remaining === 0 && !expired.current) {
      expired.current = true;
      setAnnouncement(t("timeUp"));
      onExpire();
    }
  }, [remaining, onExpire, t]);

  const mm = String(Math.floor(remaining / 60_000)).padStart(2, "0");
  const ss = String(Math.floor((remaining % 60_000) / 1000)).padStart(2, "0");
  const urgent = remaining < 60_000;
  return (
    <div
      className={`rounded-lg border px-3 py-1.5 tabular-nums ${urgent ? "border-accent bg-accent-soft text-accent-dark" : "border-line bg-white"}`}
    >
      <span className="text-muted text-sm">{t("timeLeft")} </span>
      <time dateTime={`PT${Math.ceil(remaining / 1000)}S`} className="font-semibold" data-testid="countdown">
        {mm}:{ss}
      </time>
      <span className="sr-only" role="status" aria-live="assertive">
        {announcement}
      </span>
    </div>
  );
}
