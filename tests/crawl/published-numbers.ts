// Finds the numbers a page or export PUBLISHES AS COUNTS, and only those: table cells that are a
// number, chart values, the counts in the children's sentences, JSON count fields, CSV count columns
// and DOCX count columns. Dates, years, versions, k itself and the `<k` / `[c]` markers are not counts,
// so a test built on this can fail only on a real count, and does fail on one (see the test's own check).

/** One published count, and where it was seen (for a failure message a person can act on). */
export type Seen = { value: number; where: string; context: string };

const BENGALI_ZERO = "০".charCodeAt(0);
/** Bengali digits (Intl formats numbers in them for `bn`) as ASCII digits. */
const asciiDigits = (text: string) => text.replace(/[০-৯]/gu, (d) => String(d.charCodeAt(0) - BENGALI_ZERO));

/**
 * The number a cell shows when its whole text is one unsigned number in any of the six locales
 * (grouping by comma, dot, space or narrow no-break space), else undefined. "+3", "−2 (−5%)", "<10",
 * "[c]", "July 2026" and "2026-Q3" are not a count.
 */
export function countIn(text: string): number | undefined {
  const plain = asciiDigits(text)
    .replace(/&nbsp;|&#160;/g, " ")
    .trim();
  if (!/^\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})*$|^\d+$/u.test(plain)) return undefined;
  return Number(plain.replace(/\D/g, ""));
}

const decode = (html: string, tagsAs = "") =>
  html
    .replace(/<[^>]*>/g, tagsAs)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");

/** The visible text of HTML, scripts and styles left out; each tag ends a line, so no sentence spans elements. */
export const textOf = (html: string) => decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " "), "\n");

/** A sentence template with `{{count}}`-style slots, as a regex capturing the slots named in `counts`. */
export function templateMatcher(template: string, counts: readonly string[]): RegExp {
  const parts = template.split(/(\{\{\s*\w+\s*\}\})/);
  const source = parts
    .map((part) => {
      const slot = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
      if (!slot) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return counts.includes(slot) ? "([0-9০-৯][0-9০-৯.,\\s\\u00a0\\u202f]*[0-9০-৯]|[0-9০-৯])" : "[^\\n]*?";
    })
    .join("");
  return new RegExp(source, "gu");
}

/** Every count in an HTML page: number cells, chart values and descriptions, and `sentences`. */
export function countsInHtml(html: string, where: string, sentences: readonly RegExp[] = []): Seen[] {
  const seen: Seen[] = [];
  const add = (raw: string, context: string) => {
    const value = countIn(raw);
    if (value !== undefined) seen.push({ value, where, context });
  };
  for (const m of html.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi))
    add(decode(m[1] ?? ""), `cell ${m[0].slice(0, 120)}`);
  for (const m of html.matchAll(/<text\b[^>]*class="[^"]*chart__value[^"]*"[^>]*>([\s\S]*?)<\/text>/gi)) {
    add(decode(m[1] ?? ""), "chart value");
  }
  // The chart's description repeats each bar for screen readers: "label: 12; label: <10".
  for (const m of html.matchAll(/<desc\b[^>]*>([\s\S]*?)<\/desc>/gi)) {
    for (const bar of decode(m[1] ?? "").matchAll(/:\s*([^;:]+?)\s*(?:;|$)/gu))
      add(bar[1] ?? "", "chart description");
  }
  for (const m of html.matchAll(/\sdata-(?:count|value|n)="([^"]*)"/gi)) add(m[1] ?? "", `attribute ${m[0]}`);
  const text = textOf(html);
  for (const sentence of sentences) {
    for (const m of text.matchAll(sentence)) {
      for (const slot of m.slice(1)) if (slot !== undefined) add(slot, `sentence "${m[0]}"`);
    }
  }
  return seen;
}

/**
 * Every count in JSON: each `{kind: "count", value}` (the shape every suppressed count takes), and any
 * other plain number under a key that names a count of people, so an unsuppressed count added later
 * in a new shape is caught too. `k`, changes (`{kind: "change"}`) and RAG tallies of actions are not counts of people.
 */
export function countsInJson(json: unknown, where: string): Seen[] {
  const seen: Seen[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record.kind === "count" && typeof record.value === "number") {
      seen.push({ value: record.value, where, context: path });
      return;
    }
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === "number" && /count|total|responses|answers|tookpart|people|number/i.test(key)) {
        seen.push({ value, where, context: `${path}.${key}` });
      } else walk(value, `${path}.${key}`);
    }
  };
  walk(json, "$");
  return seen;
}

/** Counts in the named columns of parsed CSV records. */
export function countsInCsv(
  records: Record<string, string>[],
  columns: readonly string[],
  where: string,
): Seen[] {
  return records.flatMap((record, row) =>
    columns.flatMap((column) => {
      const value = countIn(record[column] ?? "");
      return value === undefined
        ? []
        : [{ value, where, context: `row ${row + 2} ${column} (${record.key ?? ""})` }];
    }),
  );
}

/** Paragraph texts of a DOCX `word/document.xml`, and its tables as rows of cell texts. */
export function docxContent(xml: string): { paragraphs: string[]; tables: string[][][] } {
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? "")).join("");
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? "").matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1] ?? "")),
    ),
  );
  const paragraphs = [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "").matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(
    (p) => text(p[0]),
  );
  return { paragraphs, tables };
}

/** Counts in a DOCX: every table cell that is a number (change cells are signed), and `sentences`. */
export function countsInDocx(xml: string, where: string, sentences: readonly RegExp[] = []): Seen[] {
  const { paragraphs, tables } = docxContent(xml);
  const seen: Seen[] = [];
  for (const table of tables) {
    for (const row of table.slice(1)) {
      for (const cell of row) {
        const value = countIn(cell);
        if (value !== undefined) seen.push({ value, where, context: `table row "${row.join(" | ")}"` });
      }
    }
  }
  for (const paragraph of paragraphs) {
    for (const sentence of sentences) {
      for (const m of paragraph.matchAll(sentence)) {
        for (const slot of m.slice(1)) {
          const value = slot === undefined ? undefined : countIn(slot);
          if (value !== undefined) seen.push({ value, where, context: `sentence "${m[0]}"` });
        }
      }
    }
  }
  return seen;
}

/** The counts from 1 to k−1: what must never be published. */
export const smallCounts = (seen: readonly Seen[], k: number) =>
  seen.filter((s) => s.value > 0 && s.value < k);
