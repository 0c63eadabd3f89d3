/**
 * The reader's script choice (繁體/简体) as a cookie, so that the server can render content and the
 * interface's Chinese in it. The browser keeps the same choice in localStorage (script-store.ts).
 */
export const SCRIPT_COOKIE = "script";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

export const scriptCookieValue = (script: "hant" | "hans") =>
  `${SCRIPT_COOKIE}=${script}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
