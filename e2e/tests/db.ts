import pg from "pg";

/** Direct SQL on the end-to-end database, for what a test cannot wait for (e.g. a deadline passing). */
export async function sql(text: string, values: unknown[] = []) {
  const server = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const url = new URL(server);
  url.pathname = `/dc_e2e_${process.env.E2E_RUN_ID}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
