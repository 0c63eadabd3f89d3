/**
 * The tRPC endpoint as browsers and attackers reach it: the route handler called with real
 * Requests, on a real PostgreSQL.
 */
import { checkSession, createSession, type SessionUser } from "@dc/api";
import { HOSTILE_STRINGS } from "@dc/api/fuzz-corpus";
import { createTestDatabase, createTestUser, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTrpcHandler } from "~/server/trpc-handler";
import { MAX_BATCH_SIZE } from "~/trpc/batch";

const ORIGIN = "http://localhost:3000";
let t: TestDatabase;
let student: SessionUser;
let teacher: SessionUser;
let session: SessionUser | null;
let handler: (req: Request) => Promise<Response>;

beforeAll(async () => {
  t = await createTestDatabase();
  const s = await createTestUser(t.db, "STUDENT");
  const te = await createTestUser(t.db, "TEACHER");
  student = (await checkSession(t.db, await createSession(t.db, s.id)))!;
  teacher = (await checkSession(t.db, await createSession(t.db, te.id)))!;
  handler = createTrpcHandler({ db: () => t.db, session: () => Promise.resolve(session) });
});
afterAll(async () => {
  await t?.drop();
});

let addresses = 0;
/** A same-site JSON mutation, as the app's own client sends it. */
function mutation(path: string, input: unknown, headers: Record<string, string> = {}, body?: BodyInit) {
  return new Request(`${ORIGIN}/api/trpc/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      "x-forwarded-for": `192.0.2.${++addresses}`,
      ...headers,
    },
    body: body ?? JSON.stringify({ json: input }),
    duplex: "half",
  } as RequestInit);
}

/** A body sent in chunks with no Content-Length; counts how much of it was ever read. */
function chunkedBody(totalBytes: number) {
  const chunk = new TextEncoder().encode(`{"json":{"name":"${"x".repeat(16 * 1024)}`);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read: () => sent };
}

describe("bounded requests", () => {
  it.each([1, 16])(
    "refuses a chunked %i MB body with 413 after reading no more than the limit",
    async (mb) => {
      session = teacher;
      const body = chunkedBody(mb * 1024 * 1024);
      const res = await handler(mutation("class.create", null, {}, body.stream));
      expect(res.status).toBe(413);
      expect(body.read()).toBeLessThanOrEqual(64 * 1024 + 17 * 1024);
      expect(await t.db.class.count()).toBe(0);
    },
  );

  it("refuses a lying Content-Length the same way", async () => {
    session = teacher;
    const res = await handler(
      mutation("class.create", { name: "x".repeat(70_000) }, { "content-length": "10" }),
    );
    expect(res.status).toBe(413);
  });

  it(`answers a batch of ${MAX_BATCH_SIZE} and refuses one more`, async () => {
    session = student;
    const batch = (n: number) =>
      handler(
        new Request(
          `${ORIGIN}/api/trpc/${Array(n).fill("reading.list").join(",")}?batch=1&input=${encodeURIComponent("{}")}`,
        ),
      );
    expect((await batch(MAX_BATCH_SIZE)).status).toBe(200);
    const refused = await batch(MAX_BATCH_SIZE + 1);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Batch call exceeds maximum size");
  });
});

describe("mutations only as JSON, only from this site", () => {
  it.each([
    [
      "multipart/form-data; boundary=x",
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    ],
    ["text/plain", "{}"],
    ["application/x-www-form-urlencoded", "a=1"],
  ])("refuses a %s review.start with 415, and starts nothing", async (type, body) => {
    session = student;
    const res = await handler(mutation("review.start", undefined, { "content-type": type }, body));
    expect(res.status).toBe(415);
    expect(await t.db.attempt.count()).toBe(0);
  });

  it.each([
    [{ "sec-fetch-site": "cross-site" }],
    [{ "sec-fetch-site": "same-site" }],
    [{ "sec-fetch-site": "", origin: "https://evil.example" }],
  ])("refuses a cross-origin mutation with 403 (%j)", async (headers) => {
    session = teacher;
    const res = await handler(mutation("class.create", { name: "Cross" }, headers));
    expect(res.status).toBe(403);
    expect(await t.db.class.count()).toBe(0);
  });

  it("accepts a same-origin one (by Sec-Fetch-Site or by Origin) and marks it not to be cached", async () => {
    session = teacher;
    const bySite = await handler(mutation("class.create", { name: "Same site" }));
    expect(bySite.status).toBe(200);
    expect(bySite.headers.get("cache-control")).toBe("no-store");
    const byOrigin = await handler(
      mutation("class.create", { name: "Same origin" }, { "sec-fetch-site": "", origin: ORIGIN }),
    );
    expect(byOrigin.status).toBe(200);
    const query = await handler(new Request(`${ORIGIN}/api/trpc/class.list`));
    expect(query.headers.get("cache-control")).toBe("no-store");
  });
});

describe("rate limits over HTTP", () => {
  it("answers the 11th join code of a student with 429, Retry-After and the seconds to wait", async () => {
    session = student;
    const address = { "x-forwarded-for": "203.0.113.50" };
    for (let i = 0; i < 10; i++) {
      expect((await handler(mutation("class.join", { code: "ZZZZZZ" }, address))).status).toBe(404);
    }
    const res = await handler(mutation("class.join", { code: "ZZZZZZ" }, address));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(500);
    const body = (await res.json()) as { error: { json: { message: string; data: { retryAfter: number } } } };
    expect(body.error.json.message).toBe("RATE_LIMITED");
    expect(body.error.json.data.retryAfter).toBe(Number(res.headers.get("retry-after")));
  });
});

describe("hostile strings", () => {
  it("answers every string of the fuzz corpus, in a name, a title, a reason and an answer, without a 5xx", async () => {
    session = teacher;
    const statuses = new Set<number>();
    for (const text of HOSTILE_STRINGS) {
      for (const [path, input] of [
        ["class.create", { name: text }],
        ["class.rename", { classId: text, name: text }],
        ["assignment.adjustItem", { assignmentId: "x", itemId: text, action: "DROP", reason: text }],
        ["auth.signUp", { name: text, email: `${text}@example.test`, password: text, role: "STUDENT" }],
      ] as const) {
        const res = await handler(mutation(path, input));
        statuses.add(res.status);
        expect(res.status, `${path} ${JSON.stringify(text)}`).toBeLessThan(500);
      }
    }
    session = student;
    for (const text of HOSTILE_STRINGS) {
      const res = await handler(
        mutation("attempt.save", {
          attemptId: "a",
          itemId: "i",
          revision: 1,
          response: { type: "cloze", blanks: { a: text } },
        }),
      );
      expect(res.status, JSON.stringify(text)).toBeLessThan(500);
    }
    expect(statuses.has(200)).toBe(true); // some were fine names, and were accepted
  });

  it("refuses a right-to-left override in a class name with a field error, and stores nothing", async () => {
    session = teacher;
    const res = await handler(mutation("class.create", { name: "中四\u202Egnp.exe" }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { json: { data: { fieldErrors: Record<string, string> } } } };
    expect(body.error.json.data.fieldErrors).toEqual({ name: "INVALID_CHARACTERS" });
    expect(await t.db.class.count({ where: { name: { contains: "gnp" } } })).toBe(0);
  });

  it("stores names in NFC", async () => {
    session = teacher;
    const res = await handler(mutation("class.create", { name: "Cafe\u0301" }));
    expect(res.status).toBe(200);
    expect(await t.db.class.count({ where: { name: "Caf\u00E9" } })).toBe(1);
  });
});
