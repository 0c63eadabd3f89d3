import { writtenItems, type TWrittenItem } from "@dc/content/written";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";
import { questionCard, expectAllSaved } from "./quiz-helpers";
import { trpcMutate } from "./trpc";

/*
 * Issue 16's grading journey: a teacher assigns a quiz with two written items, two students answer
 * (the same words for the first question, so they form one group), the teacher grades by groups
 * with the keyboard, changes a criterion's points (both answers re-scored), releases, and the
 * students see their points and the comments.
 */

const [W1, W2] = writtenItems as [TWrittenItem, TWrittenItem];
const TITLE = "文字題小測";
const SAME = "外部需求不穩定，出口難以再帶動增長，所以要以國內大循環為主體。";
const ANSWERS: Record<string, [string, string]> = {
  陳大文: [SAME, "科技自立自強可以減少被卡脖子的風險。"],
  何美玲: [SAME.replace("，", " ").replace("。", ""), "要保持開放，吸引外資，內外循環互相促進。"],
};
const points = (item: TWrittenItem, ids: readonly string[]) =>
  item.rubric.filter((c) => ids.includes(c.id)).reduce((s, c) => s + c.points, 0);
const total = (item: TWrittenItem) =>
  points(
    item,
    item.rubric.map((c) => c.id),
  );

/** The student takes the quiz from their list: writes both answers, waits for them to save, submits. */
async function answerAndSubmit(page: Page, texts: [string, string]) {
  await page.goto("/assignments");
  await page
    .getByTestId("my-assignment")
    .filter({ hasText: TITLE })
    .getByRole("button", { name: /開始作答/ })
    .click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  for (const [n, text] of texts.entries()) {
    await questionCard(page).getByRole("textbox").fill(text);
    if (n === 0) await page.getByRole("button", { name: "下一題" }).click();
  }
  await expectAllSaved(page);
  await page.getByRole("button", { name: "交卷" }).click();
  await page.getByRole("dialog", { name: "確定交卷？" }).getByRole("button", { name: "確定交卷" }).click();
  await expect(page.getByRole("button", { name: "交卷" })).toHaveCount(0);
  await expect(page.getByText(/待批改/).first()).toBeVisible();
}

async function screenshots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a teacher grades written answers by groups with the keyboard, changes a criterion, and releases", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [teacher, first, second] = (await Promise.all(contexts.map((c) => c.newPage()))) as [
    Page,
    Page,
    Page,
  ];

  await signUp(teacher, { name: "周老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  const cls = await trpcMutate<{ id: string; joinCode: string }>(teacher, "class.create", {
    name: "中四甲班",
  });
  for (const page of [first, second]) {
    await newStudent(page, page === first ? "陳大文" : "何美玲");
    await trpcMutate(page, "class.join", { code: cls.joinCode });
  }

  // The quiz: both written items in order, scores released by the teacher.
  const { id: assignmentId } = await trpcMutate<{ id: string }>(teacher, "assignment.create", {
    classId: cls.id,
    title: TITLE,
    selection: { mode: "pick", itemIds: [W1.id, W2.id] },
    shuffle: false,
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    feedback: "AFTER_DUE",
    scoreRelease: "AFTER_DUE",
  });
  await answerAndSubmit(first, ANSWERS["陳大文"]!);
  await answerAndSubmit(second, ANSWERS["何美玲"]!);

  // The gradebook shows what waits for grading, and leads to it.
  await teacher.goto(`/teach/classes/${cls.id}/gradebook`);
  await expect(teacher.getByTestId("pending-total")).toHaveText("4 份答案待批改");
  await teacher.goto(`/teach/assignments/${assignmentId}`);
  await teacher.getByRole("link", { name: "批改文字題" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("批改文字題");
  await expect(teacher.getByTestId("grading-progress").first()).toHaveText(/已批改 0\/2/);
  await expectAccessible(teacher);
  await screenshots(teacher, "grading-index");
  await teacher.getByRole("link", { name: "批改第 1 題" }).click();

  // Question 1: the two identical answers are one group; criteria 1 and 2 by keyboard, a comment, save.
  const group = teacher.getByTestId("grading-group");
  await expect(group.getByRole("heading", { level: 2 })).toHaveText("第 1 組（共 1 組）");
  await expect(group.getByTestId("answer-text")).toHaveCount(2); // two punctuations, one group
  await expect(group.getByRole("checkbox", { name: /陳大文/ })).toBeChecked();
  await expect(group.getByRole("checkbox", { name: /何美玲/ })).toBeChecked();
  await expectAccessible(teacher);
  await screenshots(teacher, "grading-q1");
  await teacher.keyboard.press("1");
  await teacher.keyboard.press("2");
  const met1 = W1.rubric.slice(0, 2).map((c) => c.id);
  await expect(group.getByTestId("marking-points")).toHaveText(`得分：${points(W1, met1)}/${total(W1)}`);
  await group.getByLabel(/評語/).fill("論點清楚，可再引用文章例子。");
  await teacher.keyboard.press("Control+Enter");
  await expect(teacher.getByTestId("grading-status")).toHaveText(
    `已儲存：2 份答案，得 ${points(W1, met1)}/${total(W1)} 分。`,
  );
  await expect(teacher.getByTestId("grading-progress")).toHaveText(/已批改 2\/2/);

  // Question 2: two different answers, two groups, graded and moved between without the mouse.
  await teacher.goto(`/teach/assignments/${assignmentId}/grade/${W2.id}`);
  await expect(group.getByRole("heading", { level: 2 })).toHaveText("第 1 組（共 2 組）");
  await teacher.keyboard.press("j");
  await expect(group.getByRole("heading", { level: 2 })).toHaveText("第 2 組（共 2 組）");
  await teacher.keyboard.press("k");
  await expect(group.getByRole("heading", { level: 2 })).toHaveText("第 1 組（共 2 組）");
  await teacher.keyboard.press("1");
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByTestId("grading-status")).toHaveText(/已儲存：1 份答案/);
  await expect(group.getByRole("heading", { level: 2 })).toHaveText("第 2 組（共 2 組）");
  await teacher.keyboard.press("2");
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByTestId("grading-progress")).toHaveText(/已批改 2\/2/);

  // A criterion of question 1 is worth more: both answers there are re-scored.
  await teacher.goto(`/teach/assignments/${assignmentId}/grade/${W1.id}`);
  const first1 = W1.rubric[0]!;
  const newPoints = first1.points === 6 ? 1 : first1.points + 1;
  await teacher.getByLabel("分數（0–6）").fill(String(newPoints));
  await teacher.getByLabel("原因（必填）").fill("這是核心論點");
  await teacher.getByRole("button", { name: "更改分數" }).click();
  const confirm = teacher.getByRole("dialog", { name: "更改準則分數？" });
  await expect(confirm).toContainText(`將按新分數（${newPoints} 分）重新計算 2 份已批改的答案`);
  await confirm.getByRole("button", { name: "確定更改" }).click();
  await expect(teacher.getByTestId("grading-status")).toHaveText(/重新計算了 2 份答案/);
  await screenshots(teacher, "grading-q1-after");

  const { rows: scores } = await sql(
    `SELECT score FROM "Answer" WHERE "itemId" = $1 AND "attemptId" IN (SELECT id FROM "Attempt" WHERE "assignmentId" = $2)`,
    [W1.id, assignmentId],
  );
  const expected = (points(W1, met1) - first1.points + newPoints) / (total(W1) - first1.points + newPoints);
  for (const row of scores as { score: number }[]) expect(row.score).toBeCloseTo(expected, 6);

  // Release: the students' scores are settled.
  await trpcMutate(teacher, "assignment.releaseNow", { assignmentId });
  const { rows: attempts } = await sql(`SELECT score FROM "Attempt" WHERE "assignmentId" = $1`, [
    assignmentId,
  ]);
  expect((attempts as { score: number | null }[]).every((a) => a.score !== null)).toBe(true);

  // Each student sees the points of both answers and the teacher's comment.
  const q1 = `老師評分：${points(W1, met1) - first1.points + newPoints}/${total(W1) - first1.points + newPoints} 分`;
  for (const page of [first, second]) {
    await page.reload();
    const markings = page.getByTestId("written-marking");
    await expect(markings).toHaveCount(2);
    await expect(markings.first()).toContainText(q1);
    await expect(markings.first()).toContainText("論點清楚，可再引用文章例子。");
  }
  await expectAccessible(first);

  // The results page analyses the rubric items from the teacher's grading.
  await teacher.goto(`/teach/assignments/${assignmentId}`);
  const analysis = teacher.getByTestId("written-analysis");
  await expect(analysis).toHaveCount(2);
  await expect(analysis.first()).toContainText("已批改 2 份");
  await expect(teacher.getByText("第 1 題：更改評分準則分數")).toBeVisible();
  await expectAccessible(teacher);
  await analysis.first().scrollIntoViewIfNeeded();
  await teacher.screenshot({ path: test.info().outputPath("results-written-1280.png") });

  await Promise.all(contexts.map((c) => c.close()));
});
