/** The longest announcement: a notice, not a letter. */
export const NOTICE_MAX = 500;

/**
 * An announcement's text as stored: lines trimmed at their ends, runs of blank lines cut to one, no
 * blank lines at either end. (Control characters and the like never get here: see clean-text.ts.)
 */
export function tidyNotice(text: string) {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/u, "").replace(/^[ \t]+/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
