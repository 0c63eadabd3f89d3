type TPart = {
  key: "accommodationTime" | "accommodationPercent" | "accommodationAttempts";
  values: Record<string, number>;
};

/**
 * The parts of an accommodation worth saying: 「加時 25%」, 「加時 5 分鐘」, 「加 1 次作答」, each only when
 * it is more than zero (never "+0").
 */
export function accommodationParts(extra: {
  extraTimeMinutes: number;
  extraTimePercent?: number;
  extraAttempts: number;
}): TPart[] {
  const parts: TPart[] = [];
  if ((extra.extraTimePercent ?? 0) > 0)
    parts.push({ key: "accommodationPercent", values: { percent: extra.extraTimePercent ?? 0 } });
  if (extra.extraTimeMinutes > 0)
    parts.push({ key: "accommodationTime", values: { minutes: extra.extraTimeMinutes } });
  if (extra.extraAttempts > 0)
    parts.push({ key: "accommodationAttempts", values: { attempts: extra.extraAttempts } });
  return parts;
}
