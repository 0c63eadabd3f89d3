export { createDb, getDb, type Db } from "./client";
export { hotQuery, hotTransaction, type RawTx } from "./hot-query";
export { hashPassword, verifyPassword, passwordChecks, PasswordBusyError } from "./password";
export { Prisma, Role } from "./generated/prisma/client";
export type { User } from "./generated/prisma/client";
