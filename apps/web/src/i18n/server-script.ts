import "server-only";
import { parseScript, type TScript } from "@dc/api";
import { toSimplified } from "@dc/content/simplify";
import { cookies } from "next/headers";
import { SCRIPT_COOKIE } from "./script-cookie";

/** The reader's script for this request (Traditional unless they chose Simplified). */
export async function getScript(): Promise<TScript> {
  return parseScript((await cookies()).get(SCRIPT_COOKIE)?.value);
}

const asWritten = (text: string) => text;

/** Converts Chinese content to the reader's script, on the server (no converter in the browser). */
export async function getZh(): Promise<(text: string) => string> {
  return (await getScript()) === "hans" ? toSimplified : asWritten;
}

/** Every string of a message tree in Simplified (placeholders are ASCII and pass unchanged). */
export function simplifyMessages<T>(messages: T): T {
  if (typeof messages === "string") return toSimplified(messages) as T;
  if (messages && typeof messages === "object") {
    return Object.fromEntries(
      Object.entries(messages as Record<string, unknown>).map(([k, v]) => [k, simplifyMessages(v)]),
    ) as T;
  }
  return messages;
}
