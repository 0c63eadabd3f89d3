/** Where each role lands after signing in. */
const HOME = { STUDENT: "/learn", TEACHER: "/teach", ADMIN: "/admin" } as const;

export const homePathFor = (role: keyof typeof HOME) => HOME[role];
