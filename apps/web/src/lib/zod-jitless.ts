import { z } from "zod";

// Zod 4 probes `Function("")` once to decide whether to compile its parsers; under our CSP (no
// 'unsafe-eval') that probe is reported as a violation. In the browser, parse without compiling.
if (typeof window !== "undefined") z.config({ jitless: true });
