import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { zipEntries } from "../../../server/routes/workspace/report/zip-entries";
import type { BrowserSuite } from "../../browser/support/browser-suite";
import type { Officer } from "./officers";
import { FORMULA_PAYLOADS, SHOWS_PAYLOAD } from "./payloads";
import { injectedMarkup, trippedContext, visibleText } from "./tripwires";

type ExportCheck = {
  suite: BrowserSuite;
  admin: Officer;
  analyst: Officer;
  formulaOfficer: Officer;
  period: string;
  publicationId: string;
  /** The board report as `heard report --format html` wrote it. */
  reportHtml: string;
};

/** A cell a spreadsheet would run as a formula (a plain negative number is just a number). */
const live = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

async function csvCells(officer: Officer, path: string): Promise<string[]> {
  const res = await officer.api(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  expect(res.headers.get("content-disposition")).toMatch(/^attachment/);
  const rows = parse(await res.text(), { bom: true, relax_column_count: false }) as string[][];
  return rows.flat();
}

/** The CSV, DOCX, JSON, Atom and HTML exports: payloads as text, formulas neutralised. */
export async function checkExports(x: ExportCheck) {
  const audit = await csvCells(x.admin, "/api/audit.csv");
  expect(audit.filter(live)).toEqual([]);
  // The actor column held "-2+3@example.org"; the detail column the payload theme label.
  expect(audit).toContain(`'${x.formulaOfficer.email}`);
  expect(audit.some((cell) => cell.includes("<script>window.__xss=1</script>"))).toBe(true);

  const board = await csvCells(x.analyst, `/api/reports/board?period=${x.period}&format=csv`);
  expect(board.filter(live)).toEqual([]);
  expect(board).toContain(`'${FORMULA_PAYLOADS[0]}`); // an action's title
  expect(board).toContain(`'${FORMULA_PAYLOADS[2]}`); // its owning team
  expect(board.some((cell) => cell.includes("<script>window.__xss=1</script>"))).toBe(true);

  const docx = await x.analyst.api(`/api/reports/board?period=${x.period}&format=docx`);
  expect(docx.status).toBe(200);
  const xml = new TextDecoder().decode(
    zipEntries(new Uint8Array(await docx.arrayBuffer())).get("word/document.xml"),
  );
  expect(xml).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
  expect(xml).not.toMatch(/<(script|img|svg|iframe)\b/i);

  for (const path of [`/api/reports/board?period=${x.period}`, "/api/publications/latest"]) {
    const res = await (path.startsWith("/api/reports")
      ? x.analyst.api(path)
      : fetch(x.suite.server.url + path));
    expect(res.headers.get("content-type"), path).toMatch(/^application\/json/);
    expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(JSON.stringify(await res.json()), path).toContain("<script>window.__xss=1</script>");
  }

  const feed = await fetch(`${x.suite.server.url}/you-said-we-did/feed.xml`);
  const atom = await feed.text();
  expect(feed.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
  expect(atom).toContain("&lt;script&gt;xssHit(25)&lt;/script&gt;");
  expect(atom).not.toMatch(/<(script|img|svg|iframe)\b/i);

  // The HTML report is a file people open from their downloads: no script of any kind belongs in it.
  expect(x.reportHtml).not.toMatch(/<script\b/i);
  const wires = await trippedContext(x.suite.browser, x.suite.server.url, { bypassCsp: true });
  try {
    const page = await wires.context.newPage();
    await page.route("**/board-report.html", (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: x.reportHtml }),
    );
    await page.goto("/board-report.html", { waitUntil: "load" });
    expect(await injectedMarkup(page)).toEqual([]);
    expect(await visibleText(page)).toMatch(SHOWS_PAYLOAD);
    expect(wires.hits).toEqual([]);
  } finally {
    await wires.context.close();
  }
}
