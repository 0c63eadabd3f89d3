import { expect, test, type Page } from "@playwright/test";
import { createAccountCli } from "./db";
import { expectAccessible, PASSWORD, signIn, uniqueEmail } from "./helpers";

const NEW_STUDENT_PASSWORD = "my-own-phrase-2020";

/** The first slip's login id and one-time password, as printed. */
async function firstSlip(page: Page) {
  const slip = page.getByTestId("slips").getByRole("listitem").first();
  return {
    login: (await slip.getByTestId("slip-login").textContent())!.trim(),
    password: (await slip.getByTestId("slip-password").textContent())!.trim(),
  };
}

test("an admin invites a teacher, who imports a roster and prints slips; a student signs in with a slip and must change the password; the teacher resets it", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  // The deployment's first admin, from the command line; signs in and lands on /admin.
  const adminEmail = uniqueEmail("admin");
  const adminPassword = createAccountCli({ role: "admin", email: adminEmail, name: "黃校長" });
  await signIn(admin, adminEmail, adminPassword);
  await expect(admin).toHaveURL(/\/admin$/);
  await expect(
    admin.getByRole("navigation", { name: "主選單" }).getByRole("link", { name: "管理" }),
  ).toHaveAttribute("aria-current", "page");
  await expectAccessible(admin);

  // The admin creates a one-time invitation; the link is shown once.
  await admin.getByRole("button", { name: "建立邀請連結" }).click();
  const linkField = admin.getByLabel("邀請連結");
  await expect(linkField).toHaveValue(/\/invite\/[\w-]{32}$/);
  const link = await linkField.inputValue();
  await expect(admin.getByRole("cell", { name: "未使用" })).toBeVisible();
  await expectAccessible(admin);

  // The teacher redeems it in their own browser, creating a confirmed teacher account.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await teacher.goto(link);
  await expect(teacher.getByRole("heading", { name: "教師邀請" })).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByLabel("姓名").fill("林老師");
  await teacher.getByLabel("電子郵件").fill(uniqueEmail("teacher"));
  await teacher.getByLabel("密碼").fill(PASSWORD);
  await teacher.getByRole("button", { name: "建立教師帳戶" }).click();
  await expect(teacher).toHaveURL(/\/teach$/);

  // The link works once.
  const again = await browser.newPage();
  await again.goto(link);
  await expect(again.getByText("這條邀請連結無效")).toBeVisible();
  await again.close();

  // The teacher creates a class from a roster and prints the login slips.
  await teacher.getByLabel("班級名稱", { exact: true }).fill("中四乙班");
  await teacher.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = teacher.url();
  await teacher.getByLabel("班級名單").fill("學號,姓名\n1,陳大文\n2,李小明\n");
  await teacher.getByRole("button", { name: "建立帳戶並列印登入紙條" }).click();
  await expect(teacher).toHaveURL(/\/slips$/);
  await expect(teacher.getByTestId("slips").getByRole("listitem")).toHaveCount(2);
  await expectAccessible(teacher);
  const slip = await firstSlip(teacher);
  expect(slip.login).toMatch(/^[a-z0-9]{6}-01$/);
  expect(slip.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  // The print preview: the slips without the site's header and buttons.
  await teacher.emulateMedia({ media: "print" });
  await expect(teacher.getByRole("banner")).toBeHidden();
  await expect(teacher.getByRole("button", { name: "列印" })).toBeHidden();
  await expect(teacher.getByTestId("slips").getByText("陳大文")).toBeVisible();
  await teacher.emulateMedia({ media: "screen" });
  // Shown once: a reload has nothing to print.
  await teacher.reload();
  await expect(teacher.getByRole("heading", { name: "沒有可列印的紙條" })).toBeVisible();

  // The student signs in with the slip and must choose a password before anything else.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, slip.login.toUpperCase(), slip.password);
  await expect(student).toHaveURL(/\/change-password$/);
  await expectAccessible(student);
  await student.goto("/classes");
  await expect(student).toHaveURL(/\/change-password$/);
  expect((await student.request.get("/api/trpc/class.joined")).status()).toBe(403);
  await student.getByLabel("一次性密碼").fill(slip.password);
  await student.getByLabel("新密碼", { exact: true }).fill(NEW_STUDENT_PASSWORD);
  await student.getByLabel("再輸入一次新密碼").fill(NEW_STUDENT_PASSWORD);
  await student.getByRole("button", { name: "更改密碼" }).click();
  await expect(student).toHaveURL(/\/learn$/);
  await student.goto("/classes");
  await expect(student.getByRole("heading", { name: "中四乙班" })).toBeVisible();

  // The teacher resets that student's password: a new slip, and the student's session ends.
  await teacher.goto(classUrl);
  const roster = teacher.getByTestId("roster");
  await expect(roster.getByText("1 號")).toBeVisible();
  await roster.getByRole("button", { name: "重設 陳大文 的密碼" }).click();
  await teacher.getByRole("dialog").getByRole("button", { name: "重設密碼" }).click();
  await expect(teacher).toHaveURL(/\/slips$/);
  const resetSlip = await firstSlip(teacher);
  expect(resetSlip.login).toBe(slip.login);
  expect(resetSlip.password).not.toBe(slip.password);

  expect((await student.request.get("/api/trpc/auth.me")).status()).toBe(401);
  await student.goto("/classes");
  await expect(student).toHaveURL(/\/sign-in\?next=%2Fclasses$/);
  await signIn(student, slip.login, NEW_STUDENT_PASSWORD);
  await expect(student.getByRole("main").getByRole("alert")).toHaveText("電郵、登入名稱或密碼不正確。");
  await signIn(student, slip.login, resetSlip.password);
  await expect(student).toHaveURL(/\/change-password$/);

  // The admin's audit log shows who did what.
  await admin.reload();
  const audit = admin.getByTestId("audit-log");
  await expect(audit.getByText("建立教師邀請")).toBeVisible();
  await expect(audit.getByText("使用教師邀請")).toBeVisible();
  await expect(audit.getByText("匯入班級名單")).toBeVisible();
  await expect(audit.getByText("重設密碼")).toBeVisible();
  await expectAccessible(admin);

  await teacherContext.close();
  await studentContext.close();
});

test("sign out ends the session on the server: the old cookie gets 401 and the sign-in page", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("teacher");
  createAccountCli({ role: "teacher", email, name: "蘇老師", password: PASSWORD });
  await signIn(page, email);
  await expect(page).toHaveURL(/\/teach$/);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "登出" }).click();
  await expect(page).toHaveURL(/\/$/);

  // The same cookie, replayed from another browser, is refused everywhere.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const other = await replay.newPage();
  expect((await other.request.get("/api/trpc/class.list")).status()).toBe(401);
  await other.goto("/teach/bank");
  await expect(other).toHaveURL(/\/sign-in\?next=%2Fteach%2Fbank$/);
  await replay.close();
});
