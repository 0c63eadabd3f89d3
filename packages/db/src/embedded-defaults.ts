import path from "node:path";
import { fileURLToPath } from "node:url";

/** The git-ignored folder at the repo root where the embedded database and local secret live. */
export const LOCAL_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../.data");
export const EMBEDDED_PORT = 54329;
