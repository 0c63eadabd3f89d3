import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../root";
import { createTRPCRouter, publicProcedure } from "../trpc";

type TRouterLike = { _def: { procedures: Record<string, { _def: { output?: unknown } }> } };

/** The procedures (as `router.name`) that do not declare `.output(schema)`. */
const withoutOutput = (router: TRouterLike) =>
  Object.entries(router._def.procedures)
    .filter(([, procedure]) => procedure._def.output === undefined)
    .map(([path]) => path);

describe("declared outputs", () => {
  it("every procedure of the app declares its output", () => {
    const paths = Object.keys((appRouter as unknown as TRouterLike)._def.procedures);
    expect(paths.length).toBeGreaterThan(70);
    expect(withoutOutput(appRouter as unknown as TRouterLike)).toEqual([]);
  });

  it("a procedure without an output is named (the check can fail)", () => {
    const fixture = createTRPCRouter({
      declared: publicProcedure.output(z.object({ ok: z.boolean() })).query(() => ({ ok: true })),
      undeclared: publicProcedure.query(() => ({ ok: true })),
    });
    expect(withoutOutput(fixture as unknown as TRouterLike)).toEqual(["undeclared"]);
  });
});
