import pg from "pg";

/**
 * Counts the SQL statements this process sends, by wrapping pg's Client#query (pg.Pool#query and
 * the driver adapter's transactions both go through it). Statements include BEGIN and COMMIT.
 */
let count = 0;
let installed = false;
const texts: string[] = [];
let keepTexts = false;

export function installSqlCounter() {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    if (keepTexts) {
      const q = args[0];
      texts.push(typeof q === "string" ? q : ((q as { text?: string })?.text ?? "?"));
    }
    return original.apply(this, args);
  };
}

/** Runs `fn` and returns its result with the statements it sent (run one at a time). */
export async function countStatements<T>(fn: () => Promise<T>, keep = false) {
  const before = count;
  keepTexts = keep;
  texts.length = 0;
  try {
    const result = await fn();
    return { result, statements: count - before, texts: [...texts] };
  } finally {
    keepTexts = false;
  }
}
