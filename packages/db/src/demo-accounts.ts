/** The accounts a newcomer signs in with; printed by `pnpm start`. Never used outside local setups. */
export const DEMO_PASSWORD = "demo-password-2020";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.test", name: "學校管理員", role: "ADMIN" },
  { email: "teacher@demo.test", name: "陳老師", role: "TEACHER" },
  { email: "student1@demo.test", name: "李小明", role: "STUDENT" },
  { email: "student2@demo.test", name: "王美玲", role: "STUDENT" },
] as const;
