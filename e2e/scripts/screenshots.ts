// Screenshots of pages at desktop and phone widths, for looking at what we build:
//   BASE=http://localhost:3000 PAGES=/,/learn LOGIN=student1@demo.test pnpm --filter @dc/e2e screenshots
import { chromium } from "@playwright/test";

const base = process.env.BASE ?? "http://localhost:3000";
const pages = (process.env.PAGES ?? "/").split(",");
const out = process.env.OUT ?? "/tmp/shots";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
  ],
});
for (const [width, height, tag] of [
  [1280, 900, "desktop"],
  [390, 844, "phone"],
] as const) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: process.env.LOCALE ?? "zh-TW",
  });
  const page = await context.newPage();
  if (process.env.LOGIN) {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel(/電郵或登入名稱|Email or login name/).fill(process.env.LOGIN);
    await page.getByLabel(/密碼|Password/).fill(process.env.PASSWORD ?? "demo-password-2020");
    await page
      .getByRole("button", { name: /^(登入|Sign in)$/ })
      .last()
      .click();
    await page.waitForURL(/learn|teach/);
  }
  for (const path of pages) {
    await page.goto(base + path);
    await page.waitForLoadState("networkidle");
    const file = `${out}/${tag}${path.replaceAll("/", "_").replaceAll("?", "_") || "_home"}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
