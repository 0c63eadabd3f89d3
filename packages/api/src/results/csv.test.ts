import { describe, expect, it } from "vitest";
import { csvCell, csvFilename, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("雙循環")).toBe("雙循環");
    expect(csvCell(42.5)).toBe("42.5");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("TRUE");
    expect(csvCell(new Date(Date.UTC(2020, 4, 14, 8)))).toBe("2020-05-14T08:00:00.000Z");
  });

  it("quotes fields with commas, quotes, CR or LF and doubles the quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('他說"內循環"')).toBe('"他說""內循環"""');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell("line1\r\nline2")).toBe('"line1\r\nline2"');
    expect(csvCell("全形，逗號")).toBe("全形，逗號"); // a full-width comma is text, not a separator
  });

  it("makes text that would start a formula inert, but not numbers typed as text", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+86 123")).toBe("'+86 123");
    expect(csvCell("-cmd")).toBe("'-cmd");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell("-3.5")).toBe("-3.5");
    expect(csvCell("+2")).toBe("+2");
    expect(csvCell("\tx")).toBe("'\tx");
  });

  it("also guards full-width formula characters and formulas after leading spaces", () => {
    expect(csvCell("＝1+1")).toBe("'＝1+1");
    expect(csvCell("＋86")).toBe("'＋86");
    expect(csvCell("－cmd")).toBe("'－cmd");
    expect(csvCell("＠SUM(A1)")).toBe("'＠SUM(A1)");
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell("\u3000＝1")).toBe("'\u3000＝1");
    expect(csvCell("  plain")).toBe("  plain");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends every row with CRLF, and round-trips awkward fields", () => {
    const csv = toCsv(
      ["name", "note"],
      [
        ["陳大文", "a,b"],
        ["Li", "x\ny"],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFname,note\r\n陳大文,"a,b"\r\nLi,"x\ny"\r\n');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("csvFilename", () => {
  it("keeps Chinese, drops characters no file system allows", () => {
    const now = new Date(Date.UTC(2026, 10, 29));
    expect(csvFilename("gradebook", '中四甲 / "A"', now)).toBe("gradebook-中四甲-A-2026-11-29.csv");
  });
});
