import { readFile } from "node:fs/promises";
import { getItem } from "@dc/content";
import { expect, test, type Download, type Page } from "@playwright/test";
import { expectAccessible, newStudent, signUp, uniqueEmail } from "./helpers";
import { answerCurrent, expectAllSaved } from "./quiz-helpers";

/*
 * The "done when": a teacher creates a class, two students join with the code, the teacher
 * assigns a timed quiz, the students take it (one late), the teacher watches the results arrive,
 * reads the item analysis, corrects an item and downloads both CSV exports.
 */

/** The quiz: one single-choice, one true/false and one numeric item, picked from the bank in that order. */
const PICKS = ["單選", "是非", "數值"];
const TITLE = "雙循環小測";

/** Calls a tRPC procedure over HTTP with the page's own session (superjson envelope). */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function query<T>(page: Page, path: string, input: unknown): Promise<T> {
  const url = `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await page.request.get(url);
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** RFC 4180: commas split fields outside quotes, "" inside quotes is a quote, CRLF ends a row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The downloaded file: checks the byte order mark and returns the rows after it. */
async function csvOf(download: Download) {
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  return parseCsv(bytes.subarray(3).toString("utf8"));
}

async function joinWith(page: Page, typed: string) {
  await page.goto("/classes");
  await page.getByLabel("加入代碼").fill(typed);
  await page.getByRole("button", { name: "加入", exact: true }).click();
}

/** Starts the quiz from the student's list of assignments; returns the attempt's id. */
async function startQuiz(page: Page) {
  await page.goto("/assignments");
  await page
    .getByTestId("my-assignment")
    .filter({ hasText: TITLE })
    .getByRole("button", { name: /開始作答/ })
    .click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId("countdown")).toHaveText(/^0[0-5]:\d\d$/);
  return page.url().split("/").pop()!;
}

/** Answers the first `count` questions and submits. */
async function answerAndSubmit(page: Page, count: number) {
  for (let n = 1; n <= count; n++) {
    await answerCurrent(page);
    if (n < PICKS.length) await page.getByRole("button", { name: "下一題" }).click();
  }
  await expectAllSaved(page);
  await page.getByRole("button", { name: "交卷" }).click();
  await page.getByRole("dialog", { name: "確定交卷？" }).getByRole("button", { name: "確定交卷" }).click();
  await expect(page.getByTestId("result-score")).toContainText(`/ ${PICKS.length}`);
}

test("a teacher runs a timed quiz for a class and follows, analyses, corrects and exports the results", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [teacher, first, second] = (await Promise.all(contexts.map((c) => c.newPage()))) as [
    Page,
    Page,
    Page,
  ];

  // The teacher signs up and creates a class.
  await signUp(teacher, { name: "周老師", email: uniqueEmail("teacher"), role: "教師" });
  await expect(teacher).toHaveURL(/\/teach$/);
  await teacher.getByLabel("班級名稱", { exact: true }).fill("中四甲班");
  await teacher.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = teacher.url();
  const classId = classUrl.split("/").pop()!;
  const code = (await teacher.getByTestId("join-code").getAttribute("data-code")) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  // Two students join with the code, typed as people type it.
  await newStudent(first, "陳大文");
  await newStudent(second, "何美玲");
  await joinWith(first, code.toLowerCase());
  await expect(first.getByText("你已加入「中四甲班」（老師：周老師）。")).toBeVisible();
  await joinWith(second, `${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(second.getByText("你已加入「中四甲班」（老師：周老師）。")).toBeVisible();

  // A timed quiz (5 minutes) of three hand-picked items, in a fixed order.
  await teacher.getByRole("link", { name: "新增作業" }).click();
  await teacher.getByLabel("作業名稱").fill(TITLE);
  await teacher.getByRole("radio", { name: "自選題目" }).check();
  const bank = teacher.getByRole("group", { name: "題庫", exact: true });
  for (const type of PICKS) {
    await teacher.getByLabel("題型", { exact: true }).selectOption({ label: type });
    await bank.getByRole("checkbox").first().check();
  }
  await expect(teacher.getByRole("heading", { name: `已選題目：${PICKS.length} / 50` })).toBeVisible();
  await teacher.getByRole("checkbox", { name: "隨機排列題目次序" }).uncheck();
  await teacher.getByRole("checkbox", { name: "限時作答" }).check();
  await teacher.getByLabel("時間限制（分鐘）").fill("5");
  await teacher.getByRole("button", { name: "建立作業" }).click();
  await expect(teacher).toHaveURL(classUrl);
  type TAssignment = { id: string; itemIds: string[]; timeLimitMinutes: number | null; shuffle: boolean };
  const [assignment] = await query<TAssignment[]>(teacher, "assignment.list", { classId });
  expect(assignment).toMatchObject({ timeLimitMinutes: 5, shuffle: false });
  const quiz = assignment!.itemIds.map((id) => getItem(id)!);
  expect(quiz.map((i) => i.type)).toEqual(["single", "truefalse", "numeric"]);
  const firstItem = quiz[0] as Extract<(typeof quiz)[number], { type: "single" }>;

  // The teacher's gradebook stays open (never reloaded) while the students work.
  await teacher.getByRole("link", { name: "成績表", exact: true }).click();
  await expect(teacher).toHaveURL(`${classUrl}/gradebook`);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("中四甲班・成績表");
  const cellOf = (name: string) =>
    teacher.getByRole("row", { name: new RegExp(name) }).getByTestId("grade-cell");
  await expect(cellOf("陳大文")).toContainText("未開始");
  await expect(cellOf("何美玲")).toContainText("未開始");
  await expectAccessible(teacher);
  await teacher.evaluate(() => Object.assign(window, { stayedOpen: true }));

  // Student 1 starts: the gradebook shows the attempt in progress, then the score.
  await startQuiz(first);
  await expect(cellOf("陳大文")).toContainText("作答中", { timeout: 15_000 });
  await answerAndSubmit(first, PICKS.length);
  await expect(cellOf("陳大文")).toContainText("已提交", { timeout: 15_000 });
  await expect(cellOf("陳大文")).toContainText("%");
  await expect(teacher.getByTestId("live-status")).toHaveText("剛更新");
  // Screen readers hear about new work once, not every poll.
  await expect(teacher.getByTestId("live-announcement")).toHaveText("剛交卷：陳大文");

  // The due time passes before student 2 starts: missed, then late once she submits.
  await mutate(teacher, "assignment.update", {
    assignmentId: assignment!.id,
    dueAt: new Date().toISOString(),
  });
  await expect(cellOf("何美玲")).toContainText("欠交", { timeout: 15_000 });
  await startQuiz(second);
  await answerAndSubmit(second, 1);
  await expect(cellOf("何美玲")).toContainText("遲交", { timeout: 15_000 });
  await expect(cellOf("何美玲")).toContainText("%");
  await expect(cellOf("陳大文")).not.toContainText("遲交");
  expect(await teacher.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen)).toBe(true);

  // What the server says, to check the exports against.
  type TBook = { rows: { student: { name: string }; cells: { percent: number | null; status: string }[] }[] };
  const book = await query<TBook>(teacher, "results.gradebook", { classId });
  const percentOf = (name: string) => book.rows.find((r) => r.student.name === name)!.cells[0]!.percent!;
  const oneDecimal = (p: number) => String(Math.round(p * 10) / 10);

  // The gradebook CSV (Chinese headers and statuses in the Chinese interface).
  const [gradebookFile] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("button", { name: "下載成績表 CSV" }).click(),
  ]);
  const gradebook = await csvOf(gradebookFile);
  // The class number (學號) comes first: none was given here, so it is empty.
  expect(gradebook[0]).toEqual(["學號", "姓名", "電郵", `${TITLE} (%)`, `${TITLE} 狀態`]);
  expect(gradebook).toHaveLength(3);
  const rowOf = (rows: string[][], name: string) => rows.find((r) => r[1] === name)!;
  expect(rowOf(gradebook, "陳大文").slice(3)).toEqual([oneDecimal(percentOf("陳大文")), "已提交"]);
  expect(rowOf(gradebook, "何美玲").slice(3)).toEqual([oneDecimal(percentOf("何美玲")), "遲交"]);

  // The assignment's results: who did what, the distribution, the item analysis.
  await teacher.getByRole("link", { name: TITLE, exact: true }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teach/assignments/${assignment!.id}$`));
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(teacher.getByTestId("count-SUBMITTED")).toContainText("1");
  await expect(teacher.getByTestId("count-LATE")).toContainText("1");
  await expect(teacher.getByText("只有 2 位學生的作答")).toBeVisible();
  const facility = teacher.getByTestId("facility");
  await expect(facility).toHaveCount(PICKS.length);
  for (const cell of await facility.all()) await expect(cell).toContainText(/\d+%/);
  await expect(teacher.getByTestId("full-credit")).toHaveCount(PICKS.length);
  await expect(teacher.getByTestId("item-figures").first()).toContainText("全對");
  // Two students: too few for a reliability figure, and the page says when it will appear.
  await expect(teacher.getByTestId("reliability-withheld")).toHaveText(
    "有 10 位學生交卷後才顯示信度（現有 2 位）。",
  );
  // The item analysis reads first attempts unless the teacher picks another rule.
  const attemptsAnalysed = teacher.getByLabel("分析哪一次作答");
  await expect(attemptsAnalysed).toHaveValue("FIRST");
  await attemptsAnalysed.selectOption({ label: "最佳一次（計分所用）" });
  await expect(attemptsAnalysed).toHaveValue("BEST");
  await expect(facility).toHaveCount(PICKS.length);
  const distractors = teacher.getByRole("table", { name: "第 1 題各選項的選擇人數" });
  await expect(distractors).toBeVisible();
  await expect(distractors.getByRole("row")).toHaveCount(firstItem.choices.length + 1);
  await expect(distractors.getByText("正確答案").filter({ visible: true })).toHaveCount(1);
  await expect(distractors.getByRole("row").nth(1)).toContainText(/\d+ 人（\d+%）/);
  await expectAccessible(teacher);

  // The responses CSV: every student × item, with the item ids.
  const [responsesFile] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("button", { name: "下載全部作答 CSV" }).click(),
  ]);
  const responses = await csvOf(responsesFile);
  // Written in the teacher's language, with times at the browser's UTC offset, named in the header.
  expect(responses[0]![3]).toMatch(/^交卷時間（UTC[+-]\d{2}:\d{2}）$/);
  expect(responses[0]!.with(3, "")).toEqual([
    "學生",
    "電郵",
    "第幾次作答",
    "",
    "交卷方式",
    "題目編號",
    "課",
    "能力",
    "題型",
    "題目",
    "作答",
    "所選選項編號",
    "全對",
    "得分",
    "更正",
    "該次作答（%）",
    "合格與否",
  ]);
  const body = responses.slice(1);
  expect(body).toHaveLength(2 * PICKS.length);
  expect(new Set(body.map((r) => r[0]))).toEqual(new Set(["陳大文", "何美玲"]));
  for (const name of ["陳大文", "何美玲"]) {
    expect(body.filter((r) => r[0] === name).map((r) => r[5])).toEqual(assignment!.itemIds);
  }
  // Student 2 answered only the first item; the rest are blank and score 0.
  expect(body.filter((r) => r[0] === "何美玲").map((r) => r[10] === "")).toEqual([false, true, true]);
  expect(body[0]![3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  // The single-choice item's pick by its bank id, beside the text.
  expect(firstItem.choices.map((c) => c.id)).toContain(body.find((r) => r[0] === "陳大文")![11]);

  // One student's attempt in detail.
  await teacher
    .getByRole("list", { name: "陳大文 的作答" })
    .getByRole("link", { name: "第 1 次作答" })
    .click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("陳大文・第 1 次作答");
  await expect(teacher.getByRole("heading", { name: "解說" })).toHaveCount(PICKS.length);
  await expectAccessible(teacher);
  await teacher.goBack();

  // The numeric item is corrected to full credit: the teacher sees whose grade moved.
  await teacher.getByRole("button", { name: "更正第 3 題" }).click();
  await expect(teacher.getByLabel("題目", { exact: true })).toBeFocused();
  await teacher.getByRole("radio", { name: /全部給分/ }).check();
  await teacher.getByLabel("原因").fill("題目的單位有誤，全部給分。");
  await teacher.getByRole("button", { name: "更正並重新評分" }).click();
  const regrade = teacher.getByTestId("regrade-result");
  await expect(regrade).toContainText("已重新評分 2 份已交作答");
  await expect(regrade.getByRole("row", { name: /何美玲/ })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "更正紀錄" })).toBeVisible();
  await expect(teacher.getByText("第 3 題：全部給分").first()).toBeVisible();

  // The class's mastery by skill, lesson and paragraph.
  await teacher.goto(`${classUrl}/mastery`);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("中四甲班・掌握度");
  await expect(teacher.getByRole("heading", { name: "最需要重教的題目" })).toBeVisible();
  await expectAccessible(teacher);

  await Promise.all(contexts.map((c) => c.close()));
});
