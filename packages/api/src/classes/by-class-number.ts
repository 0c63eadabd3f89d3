type TMember = { classNumber: number | null; name: string; email?: string | null };

/** Roster order: by class number (學號) where the teacher gave one, then those without, by name. */
export const byClassNumber = (a: TMember, b: TMember) =>
  (a.classNumber ?? Infinity) - (b.classNumber ?? Infinity) ||
  a.name.localeCompare(b.name, "zh-Hant") ||
  (a.email ?? "").localeCompare(b.email ?? "");
