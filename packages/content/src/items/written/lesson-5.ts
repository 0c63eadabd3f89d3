import type { TWrittenItemInput } from "../../written/schema";

export const items: TWrittenItemInput[] = [];
