import type { RouterInputs } from "@dc/api";
import SuperJSON from "superjson";

export type TSaveInput = RouterInputs["reading"]["save"];

/**
 * Sends a reading save that outlives the page (pagehide, a hidden tab): a keepalive POST to the same
 * tRPC procedure the client calls, in its wire format. The answer is not awaited.
 */
export function saveWithKeepalive(input: TSaveInput) {
  void fetch("/api/trpc/reading.save", {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(SuperJSON.serialize(input)),
  }).catch(() => undefined);
}
