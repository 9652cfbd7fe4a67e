import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, toCsv, UTF8_BOM } from "./csv";

/** Parses as a spreadsheet-minded reader would: strict RFC 4180 quoting, BOM stripped. */
const read = (text: string): string[][] => parse(text, { bom: true, relax_quotes: false });

const TRICKY = [
  "plain",
  "comma, inside",
  'a "quoted" word',
  "two\nlines",
  "windows\r\nline",
  "only a\rcarriage return",
  "  spaces kept  ",
  "emoji 😀👍🏽 and a flag 🇵🇱",
  "Zażółć gęślą jaźń",
  "আমি নিরাপদ বোধ করি না",
  "Šiauliai, Rēzekne, Brașov",
  "",
];

describe("toCsv", () => {
  it("starts with a UTF-8 byte order mark and ends every record with CRLF", () => {
    const text = toCsv(["a", "b"], [["1", "2"]]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.slice(1)).toBe("a,b\r\n1,2\r\n");
  });

  it("round-trips tricky values through a real CSV parser unchanged", () => {
    const rows = TRICKY.map((value, i) => [String(i), value]);
    const parsed = read(toCsv(["n", "value"], rows));
    expect(parsed[0]).toEqual(["n", "value"]);
    expect(parsed.slice(1)).toEqual(rows);
  });

  it("quotes a field with a comma, quote, CR or LF and doubles the quotes inside", () => {
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
    expect(csvField("plain")).toBe("plain");
  });

  it("writes empty fields for null and undefined, and numbers and booleans as they are", () => {
    const parsed = read(toCsv(["a", "b", "c", "d"], [[null, undefined, -3, true]]));
    expect(parsed[1]).toEqual(["", "", "-3", "true"]);
  });
});

describe("formula injection", () => {
  const dangerous = [
    "=1+1",
    "+44 7700",
    "-2+3",
    "@SUM(A1:A2)",
    "\tthen",
    "\rthen",
    '=HYPERLINK("http://x","y")',
  ];

  it("puts an apostrophe before a cell that a spreadsheet would run as a formula", () => {
    const parsed = read(
      toCsv(
        ["value"],
        dangerous.map((v) => [v]),
      ),
    );
    expect(parsed.slice(1).map((r) => r[0])).toEqual(dangerous.map((v) => `'${v}`));
  });

  it("leaves cells alone that only contain those characters later on", () => {
    const safe = ["1=1", "a+b", "me@example.org", "x-y"];
    const parsed = read(
      toCsv(
        ["value"],
        safe.map((v) => [v]),
      ),
    );
    expect(parsed.slice(1).map((r) => r[0])).toEqual(safe);
  });
});
