import superjson from "superjson";
import { type HttpClient, type HttpResult } from "./http";

/** A tRPC call over HTTP as the browser makes it (superjson, no batching). */
export type Call<T = unknown> = {
  ok: boolean;
  ms: number;
  status: number;
  data?: T;
  error?: string;
  /** The tRPC error code (e.g. INTERNAL_SERVER_ERROR); none when no tRPC answer came back (network, proxy). */
  code?: string;
};

function parse<T>(res: HttpResult): Call<T> {
  const base = { ok: false, ms: res.ms, status: res.status };
  let body: {
    result?: { data?: unknown };
    error?: { json?: { message?: string; data?: { code?: string } } };
  };
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    return { ...base, error: `HTTP ${res.status}: ${res.text.slice(0, 120)}` };
  }
  if (!res.ok || body.error) {
    return {
      ...base,
      error: body.error?.json?.message ?? `HTTP ${res.status}`,
      code: body.error?.json?.data?.code,
    };
  }
  // Without `meta` there is nothing to revive, and deserialize would only deep-copy the JSON (the
  // load client's largest share of CPU after its sockets, for 2,000 simulated browsers).
  const result = body.result!.data as Parameters<typeof superjson.deserialize>[0];
  const data = result.meta ? superjson.deserialize<T>(result) : (result.json as T);
  return { ...base, ok: true, data };
}

export async function mutation<T>(http: HttpClient, path: string, input: unknown, cookie: string) {
  const body = JSON.stringify(superjson.serialize(input));
  return parse<T>(await http.request("POST", `/api/trpc/${path}`, { cookie, body }));
}

export async function query<T>(http: HttpClient, path: string, input: unknown, cookie: string) {
  const encoded = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  return parse<T>(await http.request("GET", `/api/trpc/${path}?input=${encoded}`, { cookie }));
}
