import { scriptCookieValue } from "~/i18n/script-cookie";

/** Which characters the article text is shown in: Traditional (as written) or Simplified. */
export type TScript = "hant" | "hans";

export const SCRIPT_KEY = "dc.reader.script";
const CHANGE_EVENT = "dc-reader-script";

export const parseScript = (value: string | null | undefined): TScript =>
  value === "hans" ? "hans" : "hant";

/** Where storage is blocked (some private modes) the choice still holds for this page. */
let memory: TScript | null = null;

export function readScript(): TScript {
  try {
    return parseScript(window.localStorage.getItem(SCRIPT_KEY));
  } catch {
    return memory ?? "hant";
  }
}

export function writeScript(script: TScript) {
  memory = script;
  try {
    window.localStorage.setItem(SCRIPT_KEY, script);
  } catch {
    // Storage unavailable: `memory` keeps the choice until the page is left.
  }
  // The server renders content and the interface's Chinese in the script this cookie names.
  document.cookie = scriptCookieValue(script);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Notifies on a change in this tab and, through the storage event, in other tabs. */
export function subscribeScript(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}
