import type { TItemInput } from "../../schema";

export const items: TItemInput[] = [];
