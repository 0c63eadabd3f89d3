import { splitBlocks } from "./blocks";
import type { TAppendix, TAppendixRow, TArticle, TParagraph, TSection, TSectionId } from "./types";
import { joinHeadline, joinPdfLines } from "./whitespace";

/** The PDF's list bullet (a private-use Wingdings glyph) that starts each 主要內容 point of the table. */
export const BULLET = "\uf06c";

const PROSE_SECTIONS: TSectionId[] = ["s0", "s1", "s2", "s3", "s4"];

/** Rebuilds the article into sections and paragraphs with the ids of docs/paragraphs.md. */
export function parseArticle(source: string): TArticle {
  const [titleBlock, subtitleBlock, ...rest] = splitBlocks(source);
  if (titleBlock === undefined || subtitleBlock === undefined) throw new Error("article: no title");
  const captionIndex = rest.findIndex((block) => block.trim().startsWith("附表"));
  if (captionIndex < 0) throw new Error("article: no appendix table (附表) found");

  const sections = parseProse(rest.slice(0, captionIndex));
  const appendix = parseAppendix(rest.slice(captionIndex));
  sections.push({
    id: "s5",
    heading: appendix.caption,
    paragraphs: appendix.rows.map((row) => ({ id: row.id, sectionId: "s5", text: rowText(row) })),
  });
  return { title: joinHeadline(titleBlock), subtitle: joinHeadline(subtitleBlock), sections, appendix };
}

/** A row read as a paragraph: its occasion, then each content point on its own line. */
export function rowText(row: TAppendixRow): string {
  return [row.occasion, ...row.points].join("\n");
}

/** Every paragraph ends with 。; a block that does not is a section heading. */
function parseProse(blocks: string[]): TSection[] {
  const sections: TSection[] = [];
  let current: TSection = { id: "s0", heading: null, paragraphs: [] };
  for (const block of blocks) {
    const text = joinPdfLines(block);
    if (text.endsWith("。")) {
      const paragraph: TParagraph = {
        id: `${current.id}-p${current.paragraphs.length + 1}`,
        sectionId: current.id,
        text,
      };
      current.paragraphs.push(paragraph);
      continue;
    }
    sections.push(current);
    const id = PROSE_SECTIONS[sections.length];
    if (id === undefined) throw new Error(`article: more headings than sections at "${text}"`);
    current = { id, heading: joinHeadline(block), paragraphs: [] };
  }
  sections.push(current);
  if (sections.length !== PROSE_SECTIONS.length) {
    throw new Error(`article: expected ${PROSE_SECTIONS.length} prose sections, found ${sections.length}`);
  }
  return sections;
}

const ROW_START = /^(\d{1,2})\s*月\s*/;

function parseAppendix(blocks: string[]): TAppendix {
  const [captionBlock, headerBlock, ...cells] = blocks;
  const sourceBlock = cells.pop();
  if (captionBlock === undefined || headerBlock === undefined || sourceBlock === undefined) {
    throw new Error("article: the appendix needs a caption, a header and a source line");
  }
  if (!sourceBlock.trim().startsWith("資料來源"))
    throw new Error("article: the appendix ends without 資料來源");

  const rows: TAppendixRow[] = [];
  for (const cell of cells) {
    const trimmed = cell.trim();
    const start = ROW_START.exec(trimmed);
    if (start) {
      // A row starts with its month; occasion and (sometimes) the first point follow in the same block.
      const [occasion = "", ...points] = trimmed.slice(start[0].length).split(BULLET);
      const month = Number(start[1]);
      rows.push({
        id: `s5-r${rows.length + 1}`,
        month,
        monthLabel: `${month}月`,
        occasion: joinPdfLines(occasion),
        points: points.map(joinPdfLines),
      });
      continue;
    }
    const row = rows.at(-1);
    if (row === undefined || !trimmed.startsWith(BULLET)) {
      throw new Error(`article: unexpected appendix cell "${trimmed.slice(0, 20)}"`);
    }
    row.points.push(...trimmed.split(BULLET).slice(1).map(joinPdfLines));
  }
  return {
    caption: joinHeadline(captionBlock),
    columns: joinHeadline(headerBlock).split(" "),
    rows,
    sourceNote: joinHeadline(sourceBlock),
  };
}
