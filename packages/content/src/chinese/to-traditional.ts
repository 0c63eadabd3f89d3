import { Converter } from "opencc-js/cn2t";

import { lazy } from "./lazy";

/** Simplified to Traditional, for normalising answers typed in Simplified. ~1 MB of data: server side. */
export const toTraditional = lazy(() => Converter({ from: "cn", to: "tw" }));
