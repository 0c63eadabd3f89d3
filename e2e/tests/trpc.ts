import { expect, type Page } from "@playwright/test";

/** Calls a tRPC mutation over HTTP with the page's own session (superjson envelope). */
export async function trpcMutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** Calls a tRPC query over HTTP with the page's own session. */
export async function trpcQuery<T>(page: Page, path: string, input: unknown): Promise<T> {
  const url = `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await page.request.get(url);
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}
