import { describe, expect, it } from "vitest";

import { items } from "../src/bank";
import { fillCloze } from "../src/answer-text";
import { clozeGiveawayProblem, idLeakProblem } from "../src/bank/quality";
import { toPublicItem } from "../src/public-view";
import type { TItem } from "../src/schema";
import { fixtureList, fixtures } from "./fixtures";

/** Every key the public view may carry, at any depth. Anything else is a leak waiting to happen. */
const PUBLIC_KEYS = new Set([
  "id",
  "lessonId",
  "skill",
  "type",
  "prompt",
  "zh",
  "en",
  "choices",
  "text",
  "unit",
  "parts",
  "events",
  "left",
  "right",
  "blanks",
  "options",
  "points",
]);

function keysAtAnyDepth(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const entry of value) keysAtAnyDepth(entry, found);
  else if (typeof value === "object" && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      found.add(key);
      keysAtAnyDepth(entry, found);
    }
  }
  return found;
}

function valuesAtAnyDepth(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(valuesAtAnyDepth);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(valuesAtAnyDepth);
  return [value];
}

/** The strings a learner must see to answer: prompt, options, unit, cloze text and word bank. */
function answerableStrings(item: TItem): Set<string> {
  const texts = (options: { id: string; text: { zh: string; en?: string } }[]) =>
    options.flatMap((option) => [
      option.id,
      option.text.zh,
      ...(option.text.en === undefined ? [] : [option.text.en]),
    ]);
  const own: string[] = [
    item.id,
    item.skill,
    item.type,
    item.prompt.zh,
    ...(item.prompt.en === undefined ? [] : [item.prompt.en]),
  ];
  if (item.type === "single" || item.type === "multi") own.push(...texts(item.choices));
  if (item.type === "ordering") own.push(...texts(item.events));
  if (item.type === "matching") own.push(...texts(item.left), ...texts(item.right));
  if (item.type === "numeric") own.push(item.unit);
  if (item.type === "date") own.push("year", "month", "day");
  if (item.type === "cloze") own.push(item.text, ...Object.keys(item.answer), ...(item.options ?? []));
  return new Set(own);
}

const misconceptions = (item: TItem): string[] => [
  ...(item.type === "single" || item.type === "multi"
    ? item.choices.flatMap((c) => c.misconception ?? [])
    : []),
  ...(item.type === "truefalse" && item.misconception !== undefined ? [item.misconception] : []),
];

const number = (value: number) =>
  new RegExp(`(?<![\\d.])(${value}|${value.toLocaleString("en-US")})(?![\\d]|\\.\\d)`);

/** Everything an item must not give away before the answer is final. Returns the leaks found. */
function leaks(item: TItem): string[] {
  const view = toPublicItem(item);
  const json = JSON.stringify(view);
  const found: string[] = [];
  const promptText = `${item.prompt.zh} ${item.prompt.en ?? ""}`;
  // What the view shows besides the prompt, with the lesson prefix of the id dropped (l3-, not a "3").
  const { prompt: _prompt, lessonId: _lesson, id, ...rest } = view;
  const outsidePrompt = JSON.stringify({ ...rest, id: id.replace(/^l\d-/, "") });

  for (const key of keysAtAnyDepth(view)) if (!PUBLIC_KEYS.has(key)) found.push(`field "${key}"`);
  const values = valuesAtAnyDepth(view);
  if (values.some((value) => typeof value === "boolean")) found.push("a boolean");
  const answerable = answerableStrings(item);
  for (const value of values) {
    if (typeof value === "string" && !answerable.has(value)) found.push(`the string "${value.slice(0, 30)}"`);
  }
  if (
    json.includes(item.explanation.zh) ||
    (item.explanation.en !== undefined && json.includes(item.explanation.en))
  ) {
    found.push("the explanation");
  }
  for (const tag of misconceptions(item)) if (values.includes(tag)) found.push(`misconception ${tag}`);

  switch (item.type) {
    case "numeric":
      if (number(item.answer).test(outsidePrompt) && !number(item.answer).test(promptText))
        found.push(`the key ${item.answer}, outside the prompt (id or options)`);
      break;
    case "date": {
      const { year, month, day } = item.answer;
      if (year !== undefined && outsidePrompt.includes(String(year)) && !promptText.includes(String(year)))
        found.push(`the key year ${year}, outside the prompt (id or options)`);
      if (month !== undefined && outsidePrompt.includes(`${month}月`) && !promptText.includes(`${month}月`))
        found.push(`the key month ${month}月, outside the prompt`);
      if (day !== undefined && outsidePrompt.includes(`${day}日`) && !promptText.includes(`${day}日`))
        found.push(`the key day ${day}日, outside the prompt`);
      break;
    }
    case "ordering":
      if (view.type === "ordering" && view.events.map((e) => e.id).join() === item.answer.join())
        found.push("the order");
      break;
    case "matching":
      if (view.type === "matching" && item.left.every((l, i) => view.right[i]?.id === item.answer[l.id])) {
        found.push("the pairs, by position");
      }
      break;
    case "cloze":
      if (view.type === "cloze" && view.text !== item.text) found.push("a filled text");
      if (view.type === "cloze" && view.text === fillCloze(item.text, item.answer)) found.push("the answers");
      break;
    case "written": {
      const rubric = item.rubric.flatMap((c) => [c.description.zh, c.description.en]);
      if ([item.modelAnswer.zh, item.modelAnswer.en, ...rubric].some((text) => json.includes(text)))
        found.push("the model answer or rubric");
      if (item.rubric.some((c) => JSON.stringify(rest).includes(`"${c.id}"`))) found.push("a criterion id");
      if (view.type !== "written" || view.points !== item.rubric.reduce((sum, c) => sum + c.points, 0))
        found.push("not the rubric's total");
      break;
    }
    default:
      break;
  }
  const idLeak = idLeakProblem(item);
  if (idLeak !== null) found.push(idLeak);
  const giveaway = clozeGiveawayProblem(item);
  if (giveaway !== null) found.push(giveaway);
  return found;
}

describe("toPublicItem", () => {
  it("shows each type what it needs to be answered", () => {
    expect(toPublicItem(fixtures.single)).toEqual({
      id: "l1-fixture-single",
      lessonId: 1,
      skill: "dates",
      type: "single",
      prompt: fixtures.single.prompt,
      choices: [
        { id: "a", text: { zh: "1980年" } },
        { id: "b", text: { zh: "2001年" } },
        { id: "c", text: { zh: "2008年" } },
      ],
    });
    expect(toPublicItem(fixtures.numeric)).toMatchObject({ type: "numeric", unit: "億美元" });
    expect(toPublicItem(fixtures.date)).toMatchObject({ type: "date", parts: ["month", "day"] });
    expect(toPublicItem(fixtures.truefalse)).toEqual({
      id: fixtures.truefalse.id,
      lessonId: 2,
      skill: "logic",
      type: "truefalse",
      prompt: fixtures.truefalse.prompt,
    });
    expect(toPublicItem(fixtures.cloze)).toMatchObject({
      type: "cloze",
      text: fixtures.cloze.text,
      blanks: ["1", "2"],
    });
    expect(toPublicItem(fixtures.cloze)).not.toHaveProperty("options");
    const withBank = { ...fixtures.cloze, options: ["地攤經濟", "小店經濟", "夜市經濟", "網店經濟"] };
    const view = toPublicItem(withBank);
    expect(view.type === "cloze" ? [...(view.options ?? [])].sort() : []).toEqual(
      [...withBank.options].sort(),
    );
  });

  it("presents ordering events in a fixed shuffle that is never the answer order", () => {
    const first = toPublicItem(fixtures.ordering);
    expect(toPublicItem(fixtures.ordering)).toEqual(first);
    for (let n = 0; n < 200; n++) {
      // Items listed in answer order, under many ids: the shuffle must still never show the answer.
      const item = {
        ...fixtures.ordering,
        id: `l1-shuffle-${n}`,
        events: fixtures.ordering.answer.map((id) => fixtures.ordering.events.find((e) => e.id === id)!),
      };
      const view = toPublicItem(item);
      expect(view.type === "ordering" && view.events.map((e) => e.id).join()).not.toBe(item.answer.join());
      expect(view.type === "ordering" && [...view.events.map((e) => e.id)].sort()).toEqual(
        [...item.answer].sort(),
      );
    }
  });

  it("leaks nothing from the hand-made items of every type", () => {
    for (const item of fixtureList) expect(leaks(item), item.id).toEqual([]);
  });

  it("leaks nothing from any item in the bank", () => {
    const found = items.flatMap((item) => {
      const itemLeaks = leaks(item);
      return itemLeaks.length === 0 ? [] : [`${item.id}: ${itemLeaks.join("; ")}`];
    });
    expect(found).toEqual([]);
  });

  it("detects the leaks it looks for (a check that checks itself)", () => {
    const written = toPublicItem(fixtures.written);
    expect(leaks(fixtures.written)).toEqual([]);
    expect(written).toEqual({ ...written, type: "written", points: 3 });
    expect(JSON.stringify(written)).not.toMatch(/modelAnswer|rubric|order|focus/);
    const numeric = { ...fixtures.numeric, id: "l3-chips-3040" };
    expect(leaks(numeric).join()).toMatch(/the key 3040/);
    const ordering = {
      ...fixtures.ordering,
      events: fixtures.ordering.events.map((e, i) => ({ ...e, id: `e${i}` })),
      answer: ["e3", "e0", "e1", "e2"],
    };
    expect(leaks({ ...ordering, answer: ["e0", "e1", "e2", "e3"] }).join()).toMatch(/sort into the answer/);
    const cloze = { ...fixtures.cloze, text: "地攤經濟：包括鼓勵{{1}}以及{{2}}等" };
    expect(leaks(cloze).join()).toMatch(/already contains/);
  });
});
