// Scores the free-text analysis against the labelled set:
//   npx tsx scripts/eval-analysis.ts [file]        (default tests/fixtures/analysis-eval.jsonl)
// Prints PII recall by type (and any-type), residual leaks, disclosure recall/precision/F1 and recall per
// category, harm micro and per-harm scores, per-locale figures and up to 40 misses.
// Exit code: 0 all targets met; 1 a target failed (listed); 2 the set or the analyser could not be loaded.
// Metric definitions live (and are unit-tested) in scripts/eval-analysis-metrics.ts.
import { readFile } from "node:fs/promises";
import type { AnalysisLocale, TextAnalysis } from "../server/domain/analysis/analysis-types";
import {
  EVAL_LOCALES,
  type EvalCase,
  emptyPrediction,
  type Outcome,
  parseEvalJsonl,
} from "./eval-analysis-cases";
import { DEFAULT_TARGETS, evaluate, failedTargets } from "./eval-analysis-summary";

const MISS_LINES = 40;

type Analyse = (text: string, options: { locale?: AnalysisLocale }) => TextAnalysis;

const pct = (x: number | null) => (x === null ? "  n/a" : (x * 100).toFixed(1).padStart(5));
const row = (cells: (string | number)[], widths: number[]) =>
  cells
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
    .join("  ");

function print(lines: string[], title: string, header: (string | number)[], rows: (string | number)[][]) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i] ?? "").length)));
  lines.push(
    "",
    title,
    row(header, widths),
    row(
      widths.map((w) => "-".repeat(w)),
      widths,
    ),
  );
  for (const r of rows) lines.push(row(r, widths));
}

async function loadAnalyser(): Promise<Analyse> {
  const mod = await import("../server/domain/analysis/analyse-text");
  if (typeof mod.analyseText !== "function") throw new Error("analyse-text.ts does not export analyseText");
  return mod.analyseText;
}

function run(cases: readonly EvalCase[], analyse: Analyse): Outcome[] {
  return cases.map((c) => {
    try {
      const prediction = analyse(c.text, { locale: c.locale });
      return { case: c, prediction };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { case: c, prediction: emptyPrediction(c.text), error: message.split("\n")[0] ?? message };
    }
  });
}

async function main(): Promise<number> {
  const arg = process.argv[2];
  const file = arg ?? new URL("../tests/fixtures/analysis-eval.jsonl", import.meta.url).pathname;
  let cases: EvalCase[];
  try {
    cases = parseEvalJsonl(await readFile(file, "utf8"));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    return 2;
  }
  let analyse: Analyse;
  try {
    analyse = await loadAnalyser();
  } catch (error) {
    console.error(`Could not load server/domain/analysis/analyse-text.ts: ${(error as Error).message}`);
    return 2;
  }

  const s = evaluate(run(cases, analyse));
  const lines: string[] = [`Analysis evaluation: ${s.cases} texts from ${file}`];
  if (s.errors > 0)
    lines.push(`!! analyser threw on ${s.errors} texts (scored as: nothing redacted, not flagged, no harms)`);

  print(
    lines,
    "PII (found = every non-space character inside a span of the same type, at every occurrence)",
    ["type", "labelled", "found", "recall%", "any-type%"],
    [
      ...Object.entries(s.pii.byType).map(([t, v]) => [
        t,
        v.labelled,
        v.found,
        pct(v.recall),
        pct(v.anyTypeRecall),
      ]),
      [
        "all",
        s.pii.overall.labelled,
        s.pii.overall.found,
        pct(s.pii.overall.recall),
        pct(s.pii.overall.anyTypeRecall),
      ],
    ],
  );
  lines.push(`Residual leaks (labelled value still verbatim in redacted text): ${s.leaks.length}`);

  const d = s.disclosure;
  print(
    lines,
    "Disclosure (flag vs label)",
    ["", "tp", "fp", "fn", "tn", "recall%", "precision%", "F1%"],
    [["all", d.tp, d.fp, d.fn, d.tn, pct(d.recall), pct(d.precision), pct(d.f1)]],
  );
  print(
    lines,
    "Disclosure by category (flagged = text flagged at all; named = flagged with this category)",
    ["category", "labelled", "flagged%", "named%"],
    Object.entries(d.byCategory).map(([k, v]) => [k, v.labelled, pct(v.flagRecall), pct(v.categoryRecall)]),
  );

  const h = s.harms;
  print(
    lines,
    "Harms (multi-label over text x harm pairs)",
    ["harm", "support", "tp", "fp", "fn", "precision%", "recall%", "F1%"],
    [
      ...Object.entries(h.byHarm).map(([id, v]) => [
        id,
        v.support,
        v.tp,
        v.fp,
        v.fn,
        pct(v.precision),
        pct(v.recall),
        pct(v.f1),
      ]),
      [
        "micro",
        h.micro.tp + h.micro.fn,
        h.micro.tp,
        h.micro.fp,
        h.micro.fn,
        pct(h.micro.precision),
        pct(h.micro.recall),
        pct(h.micro.f1),
      ],
    ],
  );

  print(
    lines,
    "By locale",
    ["locale", "texts", "disclosures", "disc. recall%", "false alarms", "PII labelled", "PII recall%"],
    EVAL_LOCALES.map((l) => {
      const v = s.locales[l];
      return [
        l,
        v.cases,
        v.disclosures,
        pct(v.disclosureRecall),
        v.falseAlarms,
        v.piiLabelled,
        pct(v.piiRecall),
      ];
    }),
  );

  lines.push("", `Misses (${s.misses.length}${s.misses.length > MISS_LINES ? `, first ${MISS_LINES}` : ""})`);
  for (const m of s.misses.slice(0, MISS_LINES)) lines.push(`  ${m.id}  ${m.detail}`);
  if (s.misses.length > MISS_LINES) lines.push(`  ... and ${s.misses.length - MISS_LINES} more`);

  const failures = failedTargets(s);
  const t = DEFAULT_TARGETS;
  lines.push(
    "",
    `Targets: PII recall >= ${t.piiRecall} per type, disclosure recall >= ${t.disclosureRecall}, ` +
      `precision >= ${t.disclosurePrecision}, harm micro-F1 >= ${t.harmMicroF1}`,
  );
  if (failures.length === 0) lines.push("All targets met.");
  else for (const f of failures) lines.push(`FAILED: ${f}`);
  console.log(lines.join("\n"));
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
