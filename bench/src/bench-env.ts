/** The one place the bench reads the environment (run.ts's flags come from argv, see config.ts). */

/** The Chromium that Lighthouse drives. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** This process's environment plus `extra`, for a process the bench starts. */
export const childEnv = (extra: Record<string, string | undefined>) => ({ ...process.env, ...extra });

/** The embedded data folder and port that `prepare-embedded.ts` (a process of its own) is given. */
export const embeddedTarget = () => ({
  dataDir: process.env.PGLITE_DATA_DIR,
  port: Number(process.env.PGLITE_PORT),
});

/** Node options for the web instances the bench starts (profiling, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"). */
export const webNodeOptions = () => process.env.BENCH_WEB_NODE_OPTIONS;
