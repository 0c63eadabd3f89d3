import { type Db } from "@dc/db";
import { sweepAttempts } from "./sweep";

/** How often each web instance tries to sweep; one of them at a time gets the lock (sweep.ts). */
export const SWEEP_INTERVAL_MS = 5_000;

/**
 * Runs `sweepAttempts` every `intervalMs`, one tick after another (never two at once in a process), from
 * server start until `stop`. A failed tick is logged and the next one tries again. The timer does not
 * keep the process alive on its own.
 */
export function startAttemptSweep(
  db: Db,
  opts: { intervalMs?: number; onError?: (error: unknown) => void } = {},
) {
  const intervalMs = opts.intervalMs ?? SWEEP_INTERVAL_MS;
  const onError = opts.onError ?? ((error) => console.error("attempt sweep failed", error));
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = sweepAttempts(db)
      .then(() => undefined, onError)
      .finally(() => {
        if (!stopped) schedule();
      });
  };
  const schedule = () => {
    timer = setTimeout(tick, intervalMs);
    timer.unref?.();
  };
  schedule();

  return {
    /** Stops the schedule and waits for a tick in progress. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
