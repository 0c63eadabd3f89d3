/**
 * The Traditional-to-Simplified converter, fetched only once a reader chooses 简体: its dictionary
 * would otherwise weigh on every lesson page for the many who read Traditional.
 */
type TConvert = (text: string) => string;

let simplify: TConvert | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadSimplifier() {
  loading ??= import("@dc/content/simplify").then(
    (module) => {
      simplify = module.toSimplified;
      for (const listener of listeners) listener();
    },
    () => {
      loading = null; // offline or a failed chunk: the text stays Traditional, the next choice retries
    },
  );
}

export const readSimplifier = (): TConvert | null => simplify;

export function subscribeSimplifier(onChange: () => void) {
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
  };
}
