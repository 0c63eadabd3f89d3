export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// The most common choices that pass a length rule; a full breach list would be a dependency for little gain here.
const COMMON = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "1111111111",
  "qwertyuiop",
  "password12",
  "password123",
  "passw0rd123",
  "iloveyou12",
  "abcdefghij",
  "abcd123456",
  "qwerty1234",
  "1q2w3e4r5t",
  "aaaaaaaaaa",
]);

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "TOO_COMMON" | "CONTAINS_EMAIL" | "ONE_CHARACTER";

/** Why a new password would be weak, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return "TOO_SHORT";
  if (password.length > PASSWORD_MAX) return "TOO_LONG";
  if (new Set(password).size === 1) return "ONE_CHARACTER";
  if (COMMON.has(password.toLowerCase())) return "TOO_COMMON";
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && password.toLowerCase().includes(local)) return "CONTAINS_EMAIL";
  return null;
}
