type TPart = { key: "accommodationTime" | "accommodationAttempts"; values: Record<string, number> };

/** The parts of an accommodation worth saying: "+5 minutes" without "+0 attempts", and the reverse. */
export function accommodationParts(extraMinutes: number, extraAttempts: number): TPart[] {
  const parts: TPart[] = [];
  if (extraMinutes > 0) parts.push({ key: "accommodationTime", values: { minutes: extraMinutes } });
  if (extraAttempts > 0) parts.push({ key: "accommodationAttempts", values: { attempts: extraAttempts } });
  return parts;
}
