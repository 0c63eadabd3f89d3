import { useSyncExternalStore } from "react";

/**
 * Login slips travel from the import (or a reset) to the print page in this tab's memory only:
 * one-time passwords are never stored in the browser or on the server in the clear, and are gone
 * when the page is reloaded or closed.
 */
export type TSlip = {
  classNumber: number | null;
  name: string;
  loginId: string | null;
  email: string | null;
  password: string | null;
};
export type TSlipSheet = { className: string; slips: TSlip[] };

const sheets = new Map<string, TSlipSheet>();

export function putSlips(classId: string, sheet: TSlipSheet) {
  sheets.set(classId, sheet);
}

const subscribe = () => () => undefined;

/** The class's slips: undefined on the server (they exist only in the browser), null when none. */
export function useSlips(classId: string): TSlipSheet | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => sheets.get(classId) ?? null,
    () => undefined,
  );
}
