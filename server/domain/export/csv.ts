/**
 * CSV as RFC 4180 describes it, made safe to open in a spreadsheet. Every export uses this writer.
 *
 * - Records end in CRLF; a field is quoted when it holds a comma, a quote, CR or LF, and quotes
 *   inside it are doubled (RFC 4180 §2).
 * - The file starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as the local code
 *   page and garbles Polish, Lithuanian, Latvian, Romanian and Bengali text.
 * - Formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, tab or
 *   carriage return would run as a formula in Excel or LibreOffice, so it gets a leading apostrophe
 *   and is shown as text. Numbers are written by our own code, never from what someone typed, and
 *   stay numbers (a negative count would otherwise turn into text).
 */

/** What one cell may hold; null and undefined are written as an empty field. */
export type CsvCell = string | number | boolean | null | undefined;

/** The byte order mark that opens every file this writer makes. */
export const UTF8_BOM = "\uFEFF";

/** The media type to send with a CSV body (`header=present`: the first record names the columns). */
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised and quoted as needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** A whole file: the BOM, the header record, then one record per row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = UTF8_BOM + csvRecord(header);
  for (const row of rows) out += csvRecord(row);
  return out;
}
