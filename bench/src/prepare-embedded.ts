// Migrates and seeds an embedded PGlite data folder (PGLITE_DATA_DIR, on PGLITE_PORT), then stops it.
import { prepareRuntimeDatabase } from "@dc/db/runtime";
import { embeddedTarget } from "./bench-env";

const database = await prepareRuntimeDatabase(embeddedTarget());
await database.stop();
