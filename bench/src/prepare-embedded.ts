// Migrates and seeds an embedded PGlite data folder (PGLITE_DATA_DIR, on PGLITE_PORT), then stops it.
import { prepareRuntimeDatabase } from "@dc/db/runtime";

const database = await prepareRuntimeDatabase({
  dataDir: process.env.PGLITE_DATA_DIR,
  port: Number(process.env.PGLITE_PORT),
});
await database.stop();
