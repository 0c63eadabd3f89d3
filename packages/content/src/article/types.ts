export const SECTION_IDS = ["s0", "s1", "s2", "s3", "s4", "s5"] as const;
export type TSectionId = (typeof SECTION_IDS)[number];

/** A paragraph of prose (`s1-p3`) or, in the appendix, a table row read as occasion + content (`s5-r2`). */
export type TParagraph = { id: string; sectionId: TSectionId; text: string };

/** s0 is the untitled introduction (heading null); s5 is the appendix table, headed by its caption. */
export type TSection = { id: TSectionId; heading: string | null; paragraphs: TParagraph[] };

/** One row of 附表1: when (month of 2020), where (場合) and what was said (主要內容, one string per bullet). */
export type TAppendixRow = {
  id: string;
  month: number;
  monthLabel: string;
  occasion: string;
  points: string[];
};

export type TAppendix = {
  caption: string;
  /** The table header as printed: 時間, 場合, 主要內容. */
  columns: string[];
  rows: TAppendixRow[];
  /** The 資料來源 line under the table. */
  sourceNote: string;
};

export type TArticle = {
  title: string;
  subtitle: string;
  sections: TSection[];
  appendix: TAppendix;
};
