#!/usr/bin/env node
// `npm audit --omit=dev`, judged: what runs in production must have no high or critical advisory.
//
//   node scripts/audit-deps.mjs                     exit 0: clean (or only low/moderate findings)
//                                                   exit 1: a high or critical finding
//                                                   exit 0: the audit endpoint could not be reached,
//                                                           said plainly ("audit endpoint unreachable")
//   node scripts/audit-deps.mjs --require-endpoint  the same, but an unreachable endpoint exits 2
//
// Why unreachable is not a failure by default: the advisories live behind the registry's
// POST /-/npm/v1/security/advisories/bulk, and some registries and mirrors (CI's among them) only
// answer GET. The step then says it could not check instead of pretending it passed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Severities that fail the check. */
export const BLOCKING = ["high", "critical"];
const SEVERITIES = ["info", "low", "moderate", "high", "critical"];

/**
 * What an `npm audit --json` output means: `clean`, `vulnerable` (with the blocking findings),
 * `unreachable` (the endpoint answered with an error or not at all), or `unreadable`.
 * @param {string} stdout
 */
export function judgeAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { verdict: "unreadable", reason: "npm audit printed no JSON", counts: {}, findings: [] };
  }
  if (!report || typeof report !== "object") {
    return { verdict: "unreadable", reason: "npm audit printed no report", counts: {}, findings: [] };
  }
  // npm prints {message, statusCode, ...} for an HTTP error and {error: {code, summary}} when the
  // request never got an answer (ENOTFOUND, ECONNREFUSED, ETIMEDOUT).
  if (!report.vulnerabilities && (report.error || report.statusCode || report.message)) {
    const code = report.statusCode ?? report.error?.code ?? "no answer";
    const reason = `${code}: ${report.message ?? report.error?.summary ?? "the audit request failed"}`;
    return { verdict: "unreachable", reason, counts: {}, findings: [] };
  }
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, report.metadata?.vulnerabilities?.[s] ?? 0]));
  const findings = Object.values(report.vulnerabilities ?? {})
    .filter((v) => BLOCKING.includes(v.severity))
    .map((v) => ({
      name: v.name,
      severity: v.severity,
      range: v.range,
      direct: Boolean(v.isDirect),
      // `via` holds advisories, or names of the packages the problem comes through.
      advisories: (v.via ?? [])
        .filter((via) => typeof via === "object")
        .map((via) => `${via.title ?? "advisory"} (${via.url ?? via.source ?? "no link"})`),
      through: (v.via ?? []).filter((via) => typeof via === "string"),
      fix:
        v.fixAvailable === true
          ? "npm audit fix"
          : v.fixAvailable
            ? `upgrade ${v.fixAvailable.name}`
            : "none",
    }));
  return { verdict: findings.length ? "vulnerable" : "clean", reason: "", counts, findings };
}

/** The judgement as lines for a CI log. */
export function describeAudit(result) {
  if (result.verdict === "unreachable") {
    return [`npm audit: audit endpoint unreachable (${result.reason}); production dependencies NOT checked.`];
  }
  if (result.verdict === "unreadable") return [`npm audit: could not be read (${result.reason}).`];
  const tally = SEVERITIES.map((s) => `${s} ${result.counts[s] ?? 0}`).join(", ");
  const lines = [`npm audit --omit=dev: ${tally}.`];
  for (const f of result.findings) {
    lines.push(
      `  ${f.severity.toUpperCase()} ${f.name} ${f.range ?? ""} (${f.direct ? "direct" : "indirect"}; fix: ${f.fix})`,
    );
    for (const a of f.advisories) lines.push(`    ${a}`);
    if (f.through.length) lines.push(`    through ${f.through.join(", ")}`);
  }
  lines.push(result.findings.length ? "High or critical findings: failing." : "No high or critical finding.");
  return lines;
}

/** Exit code for a judgement. */
export function exitCodeOf(result, requireEndpoint = false) {
  if (result.verdict === "vulnerable") return 1;
  if (result.verdict === "clean") return 0;
  if (result.verdict === "unreachable") return requireEndpoint ? 2 : 0;
  return 2;
}

function main() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  // npm missing is this machine's problem; npm that ran out of time never heard from the endpoint.
  const failed = run.error && { counts: {}, findings: [], reason: run.error.message };
  const result = failed
    ? { ...failed, verdict: run.error.code === "ETIMEDOUT" ? "unreachable" : "unreadable" }
    : judgeAudit(run.stdout);
  for (const line of describeAudit(result)) console.log(line);
  process.exitCode = exitCodeOf(result, process.argv.includes("--require-endpoint"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
