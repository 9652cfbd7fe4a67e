// Report latency over 1,000,000 responses (target: p50 <= 20 ms on the Node default). A database of
// its own, not the bench server's (that one holds only the load test's submissions): a million
// responses over two years, six surveys, six locales and both channels, written through the real
// adapter, folded into the rollups by the adapter's own after-commit fold, then the board report
// loaded again and again exactly as the route loads it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { rebuildRollups } from "../server/db/queries/rollups-rebuild";
import { openSqlite } from "../server/db/sqlite/open-sqlite";
import { quarter } from "../server/domain/periods/period";
import { packagePath } from "../server/node/package-root";
import { loadBoardReport } from "../server/services/board-report";

export type ReportLatency =
  | { measured: false; reason: string }
  | {
      measured: true;
      responses: number;
      /** Milliseconds to load the whole board report (six queries and the suppressed build). */
      p50: number;
      p99: number;
      /** Milliseconds to fold the million-row insert into the rollups (one after-commit fold). */
      foldMs: number;
      /** Milliseconds for `heard rollups rebuild` over the same data. */
      rebuildMs: number;
    };

const RESPONSES = Number(process.env.BENCH_REPORT_RESPONSES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 200);
const SURVEYS = [
  ["feeling-safe", "child-8-12"],
  ["staying-safe", "young-person-13-17"],
  ["moving-on", "young-adult-18-25"],
  ["parents-carers", "parent-carer"],
  ["help-you-got", "young-person-13-17"],
  ["quick-feedback", "community"],
] as const;
const THEMES = ["trusted-adults", "knife-crime-weapons", "youth-clubs-things-to-do", "police-and-trust"];

const caseOf = (values: readonly string[], of: string) =>
  `CASE ${of} ${values.map((v, i) => `WHEN ${i} THEN '${v}'`).join(" ")} END`;
const pick = (column: string, values: readonly string[], of: string) => `${caseOf(values, of)} AS ${column}`;

// One statement, so one job, one transaction and one fold: the recursive CTE counts 1..n and every
// column is a function of i (two years of days, surveys and locales out of step with each other).
const insertResponses = (n: number) => `INSERT INTO responses
  (id, survey_id, survey_version, audience, locale, submitted_on, status, receipt_hash, channel)
  WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n})
  SELECT 'r' || i, ${pick(
    "survey_id",
    SURVEYS.map((s) => s[0]),
    "i % 6",
  )}, 1,
    ${pick(
      "audience",
      SURVEYS.map((s) => s[1]),
      "i % 6",
    )},
    ${pick("locale", ["en", "pl", "lt", "lv", "ro", "bn"], "(i / 7) % 6")},
    date('2025-01-01', '+' || (i % 730) || ' days'),
    CASE WHEN i % 50 = 0 THEN 'withdrawn' ELSE 'submitted' END,
    'h' || i, CASE WHEN i % 10 = 0 THEN 'paper' ELSE 'online' END
  FROM seq`;

const insertCodes = (
  n: number,
) => `INSERT INTO answer_codes (response_id, question_id, theme_id, coded_by, coded_on)
  WITH RECURSIVE seq(i) AS (SELECT 3 UNION ALL SELECT i + 3 FROM seq WHERE i + 3 <= ${n})
  SELECT 'r' || i, 'anything-else', ${pick("theme_id", THEMES, "(i / 3) % 4")}, 'bench', '2026-12-31' FROM seq`;

const insertActions = `INSERT INTO actions (id, title, description, child_summary, agency, owning_team, status, due_on, outcomes)
  WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 40)
  SELECT 'a' || i, 'Action ' || i, '', '', 'council', 'Team ' || (i % 5),
    CASE i % 3 WHEN 0 THEN 'planned' WHEN 1 THEN 'in-progress' ELSE 'done' END,
    date('2026-10-01', '+' || (i * 3) || ' days'),
    json_array(${caseOf(["prepare.voice", "prevent.early", "protect.victims", "pursue.offending"], "i % 4")})
  FROM seq`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Builds the million-response database, then times the board report `RUNS` times and returns the
 * p50 and p99 in milliseconds. `_origin` is the bench server, not used: see the note at the top.
 */
export async function reportLatency(_origin?: string): Promise<ReportLatency> {
  const dir = await mkdtemp(join(tmpdir(), "heard-report-bench-"));
  const sqlite = await openSqlite(join(dir, "heard.db"));
  try {
    await sqlite.migrate(packagePath("migrations"));
    const started = performance.now();
    // Inserted and folded in one group commit: the fold runs after the insert, in its transaction.
    await sqlite.db.run(sql.raw(insertResponses(RESPONSES)));
    const inserted = performance.now() - started;
    await sqlite.db.batch([
      sqlite.db.run(sql.raw(insertCodes(RESPONSES))),
      sqlite.db.run(sql.raw(insertActions)),
    ]);
    const rebuildStart = performance.now();
    await rebuildRollups(sqlite.db);
    const rebuildMs = performance.now() - rebuildStart;
    const foldStart = performance.now();
    // Measure the fold alone: forget the watermark and the counts, then let one commit fold them all back.
    await sqlite.db.batch([
      sqlite.db.run(sql`DELETE FROM response_rollups`),
      sqlite.db.run(sql`UPDATE rollup_progress SET last_rowid = 0`),
    ]);
    const foldMs = performance.now() - foldStart;

    const period = quarter(2026, 4);
    const config = { HEARD_SUPPRESSION_K: 10 };
    for (let i = 0; i < 10; i++) await loadBoardReport(sqlite.db, config, period, "2026-12-31");
    const times: number[] = [];
    let voices = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const report = await loadBoardReport(sqlite.db, config, period, "2026-12-31");
      times.push(performance.now() - t0);
      voices = report.voices.total.current.kind === "count" ? report.voices.total.current.value : voices;
    }
    times.sort((a, b) => a - b);
    const result = {
      measured: true as const,
      responses: RESPONSES,
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      foldMs: Math.round(foldMs),
      rebuildMs: Math.round(rebuildMs),
    };
    console.log(
      `report latency: ${RESPONSES.toLocaleString("en")} responses (stored and folded in ${Math.round(inserted)} ms), ` +
        `${RUNS} board reports for 2026-Q4 (${voices.toLocaleString("en")} voices): p50 ${result.p50} ms, p99 ${result.p99} ms; ` +
        `rebuild ${result.rebuildMs} ms; fold of every response in one commit ${result.foldMs} ms`,
    );
    return result;
  } catch (error) {
    return { measured: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await sqlite.close();
    await rm(dir, { recursive: true, force: true });
  }
}
