/**
 * Login slips travel from the import (or a reset) to the print page in this tab's sessionStorage,
 * and the print page takes them out as it reads them: one-time passwords are shown once, never
 * stored on the server in the clear, and gone when the tab is.
 */
export type TSlip = {
  classNumber: number | null;
  name: string;
  loginId: string | null;
  email: string | null;
  password: string | null;
};
export type TSlipSheet = { className: string; slips: TSlip[] };

const key = (classId: string) => `dc-slips:${classId}`;

export function putSlips(classId: string, sheet: TSlipSheet) {
  sessionStorage.setItem(key(classId), JSON.stringify(sheet));
}

export function takeSlips(classId: string): TSlipSheet | null {
  const raw = sessionStorage.getItem(key(classId));
  sessionStorage.removeItem(key(classId));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as TSlipSheet;
  } catch {
    return null;
  }
}
