// Package boundaries: dependencies point one way, web → api → db and content; content and db
// depend on nothing of ours. Each package's eslint.config.js applies `boundaries(<its name>)`.
// (Core ESLint's no-restricted-imports: a reverse import fails lint with the message below.)

/** What each package of ours may import from the others. */
export const ALLOWED = {
  "@dc/web": ["@dc/api", "@dc/db", "@dc/content"],
  "@dc/api": ["@dc/db", "@dc/content"],
  "@dc/db": [],
  "@dc/content": [],
  // Harnesses: they drive the product from outside and may use its packages' test helpers.
  "@dc/e2e": ["@dc/db", "@dc/content"],
  "@dc/bench": ["@dc/api", "@dc/db", "@dc/content"],
};

/** The lint rule keeping package `name` on its side of the boundaries. */
export function boundaries(name) {
  const allowed = ALLOWED[name];
  if (!allowed) throw new Error(`boundaries: unknown package ${name}`);
  const forbidden = Object.keys(ALLOWED).filter((other) => other !== name && !allowed.includes(other));
  const patterns = [
    {
      // A relative path into another package would go around its name (and its exports).
      regex: "^(\\.\\./)+((apps|packages)/)?(web|api|db|content|e2e|bench)/src/",
      message: "Import another package of ours by its name (@dc/…), never by a path into its folder.",
    },
  ];
  if (forbidden.length) {
    patterns.unshift({
      group: forbidden.flatMap((other) => [other, `${other}/*`]),
      message: `${name} may import only ${allowed.join(", ") || "no package of ours"}: dependencies point web → api → db and content (ARCHITECTURE.md).`,
    });
  }
  return { name: `boundaries/${name}`, rules: { "no-restricted-imports": ["error", { patterns }] } };
}
