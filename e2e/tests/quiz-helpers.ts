import { getItem } from "@dc/content";
import { expect, type Page } from "@playwright/test";

export const questionCard = (page: Page) => page.locator('section[aria-labelledby="question-heading"]');

/**
 * Gives some answer to the question on screen, whatever its type (right or wrong does not matter
 * for saving): confirms an ordering, picks in selects, ticks a choice, or types into fields.
 */
export async function answerCurrent(page: Page, confirmOrderLabel = "確認此順序") {
  const card = questionCard(page);
  const confirmOrder = card.getByRole("button", { name: confirmOrderLabel });
  if (await confirmOrder.count()) return confirmOrder.click();
  const selects = card.locator("select");
  if (await selects.count()) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 });
    return;
  }
  const radios = card.getByRole("radio");
  if (await radios.count()) return radios.first().check();
  const boxes = card.getByRole("checkbox");
  if (await boxes.count()) {
    await boxes.nth(0).check();
    return boxes.nth(1).check();
  }
  for (const field of await card.getByRole("textbox").all()) await field.fill("12");
}

export async function expectAllSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/所有答案已儲存/, { timeout: 15_000 });
}

/** The bank item ids that the page's HTML mentions. */
export const itemIdsIn = (html: string) =>
  [
    ...new Set(
      (html.match(/l[0-5]-[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).map((id) => id.replace(/-prompt$/, "")),
    ),
  ].filter((id) => getItem(id));

/** Fails if the HTML carries any key-only text (explanations) of the given items. */
export function expectNoKeysIn(html: string, itemIds: string[]) {
  expect(itemIds.length).toBeGreaterThan(0);
  for (const id of itemIds) {
    const item = getItem(id)!;
    expect(html, `explanation of ${id} leaked`).not.toContain(item.explanation.zh.slice(0, 30));
  }
}
