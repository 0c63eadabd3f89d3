/**
 * Splits the extracted PDF text into blocks (title, paragraph, heading, table cell).
 * In this extraction every block's last line ends with a space and no line inside a block does;
 * blank lines are line spacing, and a page break shows up as a line starting with a space.
 */
export function splitBlocks(source: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of source.split("\n")) {
    if (line.trim() === "") continue;
    current.push(line);
    if (/\s$/.test(line)) {
      blocks.push(current.join("\n"));
      current = [];
    }
  }
  if (current.length > 0)
    throw new Error(`article: text after the last block: ${current.join(" ").slice(0, 40)}`);
  return blocks;
}
