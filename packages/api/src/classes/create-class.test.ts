import { Prisma } from "@dc/db";
import { describe, expect, it } from "vitest";
import { withFreshJoinCode } from "./create-class";

const taken = () =>
  new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "6" });

describe("withFreshJoinCode", () => {
  it("tries another code when the unique index says the code is taken", async () => {
    const tried: string[] = [];
    const result = await withFreshJoinCode((code) => {
      tried.push(code);
      if (tried.length < 3) return Promise.reject(taken());
      return Promise.resolve(code);
    });
    expect(tried).toHaveLength(3);
    expect(result).toBe(tried[2]);
  });

  it("gives up after a few tries, and never retries other errors", async () => {
    let calls = 0;
    await expect(withFreshJoinCode(() => (calls++, Promise.reject(taken())))).rejects.toThrow(
      "Unique constraint",
    );
    expect(calls).toBe(8);
    calls = 0;
    await expect(withFreshJoinCode(() => (calls++, Promise.reject(new Error("down"))))).rejects.toThrow(
      "down",
    );
    expect(calls).toBe(1);
  });
});
