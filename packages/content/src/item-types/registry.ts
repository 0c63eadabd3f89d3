import { z } from "zod";
import { ITEM_TYPES, type TItemType } from "../constants";
import type { TSkill, TLessonId, TText } from "./base";
import { cloze } from "./cloze";
import { date } from "./date";
import { matching } from "./matching";
import type { TItemTypeModule } from "./module";
import { multi } from "./multi";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import { single } from "./single";
import { truefalse } from "./truefalse";
import { written } from "./written";

/*
 * Every item type's module, by name. The type below makes the compiler check that each name in
 * ITEM_TYPES has a module, and each module every part (see ./registry.test-d.ts).
 */

// The key is any: an auto-scored type's is its item's `answer`, a written type's its model answer and rubric.
type TAnyModuleOf<T extends TItemType> = TItemTypeModule<T, { type: T }, { type: T }, { type: T }, unknown>;
export type TItemTypeRegistry = { [T in TItemType]: TAnyModuleOf<T> };

export const ITEM_TYPE_MODULES = {
  single,
  multi,
  truefalse,
  numeric,
  date,
  ordering,
  matching,
  cloze,
  written,
} satisfies TItemTypeRegistry;

type TModules = typeof ITEM_TYPE_MODULES;
type TItemSchema = TModules[TItemType]["item"];
type TResponseSchema = TModules[TItemType]["response"];

/** Any item of the bank, checked at load time and in tests. */
export const ZItem = z.discriminatedUnion(
  "type",
  ITEM_TYPES.map((type) => ITEM_TYPE_MODULES[type].item) as [TItemSchema, ...TItemSchema[]],
);
export type TItem = z.infer<typeof ZItem>;
/** What item files are written as (checked by the schema at load time). */
export type TItemInput = z.input<typeof ZItem>;

/** What a learner's browser sends for one item (sizes capped: see ./base). */
export const ZResponse = z.discriminatedUnion(
  "type",
  ITEM_TYPES.map((type) => ITEM_TYPE_MODULES[type].response) as [TResponseSchema, ...TResponseSchema[]],
);
export type TResponse = z.infer<typeof ZResponse>;

export type TItemOf<T extends TItemType> = Extract<TItem, { type: T }>;
export type TResponseOf<T extends TItemType> = Extract<TResponse, { type: T }>;

/** What every public view has, whatever the type. */
export type TPublicBase = { id: string; lessonId: TLessonId; skill: TSkill; prompt: TText };
/** What a browser may see of an item before the learner's answer is final (see ../public-view.ts). */
export type TPublicItem = TPublicBase & TPublicPart;
/** The part of a public view its type's module writes. */
export type TPublicPart = ReturnType<TModules[TItemType]["publicView"]>;

/** The revealed key, tagged with its type so that a browser reads it without guessing its shape. */
export type TRevealKey = { [T in TItemType]: { type: T; key: ReturnType<TModules[T]["key"]> } }[TItemType];

/**
 * The module of an item's type, for code that handles any item. One cast, here: the response has been
 * checked to be of the item's type before any part that takes both is called.
 */
export const moduleOf = (type: TItemType) =>
  ITEM_TYPE_MODULES[type] as unknown as TItemTypeModule<
    TItemType,
    TItem,
    TResponse,
    TPublicPart,
    TRevealKey["key"]
  >;
