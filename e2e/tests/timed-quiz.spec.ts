import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { newStudent } from "./helpers";
import { answerCurrent, expectAllSaved } from "./quiz-helpers";

async function startTimedQuiz(page: Page) {
  await newStudent(page, "計時生");
  await page.goto("/learn/2");
  await page.getByRole("button", { name: "限時測驗（10 分鐘）" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByTestId("countdown")).toHaveText(/^(10:00|09:\d\d)$/);
  return page.url().split("/attempts/")[1]!;
}

test("when the server's deadline arrives the quiz submits itself with the saved answers", async ({
  page,
}) => {
  const attemptId = await startTimedQuiz(page);
  await answerCurrent(page);
  await expectAllSaved(page);

  await sql(`UPDATE "Attempt" SET deadline = now() + interval '4 seconds' WHERE id = $1`, [attemptId]);
  await page.reload();
  await expect(page.getByTestId("result-score")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("result-score")).toContainText("/ 10");
  const { rows } = await sql(
    `SELECT status, (SELECT count(*)::int FROM "Answer" WHERE "attemptId" = $1) AS answers FROM "Attempt" WHERE id = $1`,
    [attemptId],
  );
  expect(rows[0]).toEqual({ status: "SUBMITTED", answers: 1 });
});

test("an answer given after the deadline is refused and the attempt is scored from what was saved", async ({
  page,
}) => {
  const attemptId = await startTimedQuiz(page);
  await answerCurrent(page);
  await expectAllSaved(page);

  // The clock ran out while the page was open (the browser's timer is not trusted).
  await sql(`UPDATE "Attempt" SET deadline = now() - interval '1 minute' WHERE id = $1`, [attemptId]);
  await page.getByRole("button", { name: "下一題" }).click();
  await answerCurrent(page);
  await expect(page.getByText("時間已到：已按截止前儲存的答案評分。")).toBeVisible({ timeout: 15_000 });
  const { rows } = await sql(
    `SELECT status, "autoSubmitted", (SELECT count(*)::int FROM "Answer" WHERE "attemptId" = $1) AS answers FROM "Attempt" WHERE id = $1`,
    [attemptId],
  );
  expect(rows[0]).toEqual({ status: "SUBMITTED", autoSubmitted: true, answers: 1 });
});

test("a quiz whose tab was closed is scored by the server's sweep, with nobody opening anything", async ({
  page,
}) => {
  const attemptId = await startTimedQuiz(page);
  await answerCurrent(page);
  await expectAllSaved(page);
  await page.close(); // the tab is gone: no countdown, no reads

  await sql(`UPDATE "Attempt" SET deadline = now() - interval '1 minute' WHERE id = $1`, [attemptId]);
  const state = async () =>
    (await sql(`SELECT status, "autoSubmitted", score FROM "Attempt" WHERE id = $1`, [attemptId]))
      .rows[0] as { status: string; autoSubmitted: boolean; score: number | null };
  await expect.poll(state, { timeout: 20_000 }).toMatchObject({ status: "SUBMITTED", autoSubmitted: true });
  expect((await state()).score).not.toBeNull();
});
