import { createDb } from "../src/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../src/demo-accounts";
import { seed } from "../src/seed";

const db = createDb();
try {
  await seed(db);
  console.log(`seeded ${DEMO_ACCOUNTS.length} demo accounts (password: ${DEMO_PASSWORD})`);
} catch (error) {
  console.error("seed failed:", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
