import { toSimplified } from "@dc/content/reader";
import { useSyncExternalStore } from "react";
import { readScript, subscribeScript, type TScript } from "./script-store";

const serverScript = (): TScript => "hant";
const asWritten = (text: string) => text;

/** The reader's script choice; the server and the first render show Traditional. */
export function useScript(): TScript {
  return useSyncExternalStore(subscribeScript, readScript, serverScript);
}

/** Converts article text to the chosen script and names its language for the `lang` attribute. */
export function useZh() {
  const script = useScript();
  return script === "hans"
    ? ({ script, lang: "zh-Hans", zh: toSimplified } as const)
    : ({ script, lang: "zh-Hant", zh: asWritten } as const);
}
