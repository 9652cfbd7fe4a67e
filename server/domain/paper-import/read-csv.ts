// The browser build of csv-parse carries its own Buffer, so it runs on Workers without nodejs_compat.
import { parse } from "csv-parse/browser/esm/sync";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./import-limits";
import type { FileProblem } from "./import-problems";

/** A parsed file: the header's cells, then each non-blank row with its spreadsheet row number. */
export type CsvTable = { header: string[]; rows: { row: number; cells: string[] }[] };

export type ReadCsvResult = { ok: true; table: CsvTable } | { ok: false; problem: FileProblem };

/**
 * Text from the uploaded bytes. Excel's "CSV UTF-8" starts with a byte-order mark and its "Unicode
 * text" is UTF-16; any other encoding (Windows-1252 "CSV") is refused rather than guessed, because a
 * wrong guess would silently change letters in pl, lt, lv, ro and bn answers.
 */
function decode(bytes: Uint8Array): string | undefined {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The separator the header row uses. Excel in Polish, Lithuanian, Latvian and Romanian settings
 * saves "CSV" with semicolons, and "Unicode text" uses tabs; question ids contain none of these.
 */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

/** Reads an uploaded CSV file, refusing the whole file when it cannot be read reliably. */
export function readCsv(bytes: Uint8Array): ReadCsvResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: "tooLarge", maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024 } };
  }
  const text = decode(bytes);
  if (text === undefined) return { ok: false, problem: { code: "encoding" } };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      // Empty lines stay, so a record's index is the row number a spreadsheet shows.
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const line =
      typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { ok: false, problem: { code: "malformed", line } };
  }
  const [header, ...rest] = records;
  if (!header || isBlank(header)) return { ok: false, problem: { code: "empty" } };
  const rows = rest.flatMap((cells, i) => (isBlank(cells) ? [] : [{ row: i + 2, cells }]));
  if (rows.length > MAX_IMPORT_ROWS)
    return { ok: false, problem: { code: "tooManyRows", max: MAX_IMPORT_ROWS } };
  return { ok: true, table: { header, rows } };
}
