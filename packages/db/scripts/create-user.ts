// `pnpm user:create --role admin --email someone@school.edu.hk [--name 名字] [--password-stdin]`:
// creates an account from the command line (the first admin of a deployment), on DATABASE_URL.
// Without --password-stdin a strong password is generated; either way it is printed once.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../src/client";
import { Prisma } from "../src/generated/prisma/client";
import { hashPassword } from "../src/password";

const ROLES = ["admin", "teacher", "student"] as const;
const USAGE =
  "usage: pnpm user:create --role admin|teacher|student --email EMAIL [--name NAME] [--password-stdin]";

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
  },
  strict: true,
});
const role = values.role?.toLowerCase() as (typeof ROLES)[number] | undefined;
if (!role || !ROLES.includes(role)) fail("--role must be admin, teacher or student");
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail("--email must be an email address");
const name = values.name?.trim() || email.split("@")[0]!;
const password = values["password-stdin"]
  ? readFileSync(0, "utf8").split(/\r?\n/)[0]!
  : randomBytes(15).toString("base64url"); // 20 characters, about 120 bits
if ([...password].length < 10) fail("the password must have at least 10 characters");

const db = createDb();
try {
  const user = await db.user.create({
    data: {
      email,
      name,
      role: role.toUpperCase() as "ADMIN" | "TEACHER" | "STUDENT",
      passwordHash: await hashPassword(password),
      // Made by whoever runs the server: as trusted as an invitation.
      teacherConfirmedAt: role === "teacher" ? new Date() : null,
    },
  });
  console.log(`created ${role} ${user.email} (${user.name})`);
  if (!values["password-stdin"]) console.log(`password: ${password}`);
} catch (error) {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    console.error(`an account with the email ${email} exists already`);
    process.exitCode = 1;
  } else {
    console.error("could not create the account:", error);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
