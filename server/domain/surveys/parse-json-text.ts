/** JSON text parsed, or where and why it is not valid JSON. */
export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses JSON, reporting a syntax error by line and column (computed here, since engines word and place
 * positions differently). A leading byte-order mark, which some Windows editors add, is ignored.
 */
export function parseJsonText(raw: string): ParsedJson {
  const text = raw.replace(/^\uFEFF/, "");
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(detail)?.[1];
    const { line, column } = lineAndColumn(text, position === undefined ? text.length : Number(position));
    const reason = detail.replace(/,? ?in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    const empty = text.trim() === "";
    return {
      ok: false,
      line,
      column,
      message: empty
        ? "The file is empty: a survey file is a JSON object { ... }"
        : `Invalid JSON at line ${line}, column ${column}: ${reason}. Fix the syntax there (often a missing or extra comma, or a missing quote)`,
    };
  }
}
