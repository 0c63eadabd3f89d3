import { useEffect, useSyncExternalStore } from "react";
import { readScript, subscribeScript, type TScript } from "./script-store";
import { loadSimplifier, readSimplifier, subscribeSimplifier } from "./simplifier";

const serverScript = (): TScript => "hant";
const notLoaded = () => null;
const asWritten = (text: string) => text;

/** The reader's script choice; the server and the first render show Traditional. */
export function useScript(): TScript {
  return useSyncExternalStore(subscribeScript, readScript, serverScript);
}

/**
 * Converts article text to the chosen script and names its language for the `lang` attribute. A
 * choice of 简体 loads the converter; until it arrives the text stays Traditional, and says so.
 */
export function useZh() {
  const script = useScript();
  const simplify = useSyncExternalStore(subscribeSimplifier, readSimplifier, notLoaded);
  const wantsSimplified = script === "hans";
  useEffect(() => {
    if (wantsSimplified) loadSimplifier();
  }, [wantsSimplified]);
  return wantsSimplified && simplify
    ? ({ lang: "zh-Hans", zh: simplify } as const)
    : ({ lang: "zh-Hant", zh: asWritten } as const);
}
