// The misses list, the whole summary and the targets check of the analysis evaluation.
import { PII_TYPES } from "../server/domain/analysis/analysis-types";
import type { EvalLocale, Outcome } from "./eval-analysis-cases";
import {
  type DisclosureScores,
  type HarmScores,
  isCovered,
  type Leak,
  type LocaleScores,
  type PiiMiss,
  type PiiScores,
  residualLeaks,
  scoreByLocale,
  scoreDisclosure,
  scoreHarms,
  scorePii,
} from "./eval-analysis-metrics";

// ---------------------------------------------------------------------------------------------
// Misses, summary, targets

export type MissKind = "error" | "missed-disclosure" | "pii" | "leak" | "false-alarm" | "category" | "harms";
export type Miss = { id: string; kind: MissKind; detail: string };

const MISS_ORDER: readonly MissKind[] = [
  "error",
  "missed-disclosure",
  "pii",
  "leak",
  "false-alarm",
  "category",
  "harms",
];

/** Everything the analyser got wrong, most serious first (errors, missed disclosures, PII), then by id. */
export function listMisses(outcomes: readonly Outcome[]): Miss[] {
  const misses: Miss[] = [];
  const piiMissesById = new Map<string, PiiMiss[]>();
  for (const m of scorePii(outcomes).misses) piiMissesById.set(m.id, [...(piiMissesById.get(m.id) ?? []), m]);
  const leakIds = new Set(residualLeaks(outcomes).map((l) => `${l.id}\u0000${l.value}`));
  for (const { case: c, prediction, error } of outcomes) {
    if (error !== undefined) misses.push({ id: c.id, kind: "error", detail: `analyser threw: ${error}` });
    const { flag, categories } = prediction.safeguarding;
    if (c.disclosure && !flag) {
      misses.push({
        id: c.id,
        kind: "missed-disclosure",
        detail: `disclosure not flagged (${c.categories.join(", ")})`,
      });
    } else if (!c.disclosure && flag) {
      misses.push({
        id: c.id,
        kind: "false-alarm",
        detail: `flagged (${categories.join(", ") || "no category"}) but not a disclosure`,
      });
    } else if (c.disclosure) {
      const missing = c.categories.filter((k) => !categories.includes(k));
      if (missing.length > 0)
        misses.push({ id: c.id, kind: "category", detail: `category not named: ${missing.join(", ")}` });
    }
    for (const m of piiMissesById.get(c.id) ?? []) {
      const how = m.foundAsOtherType ? "redacted as another type" : "not redacted";
      const leaked = leakIds.has(`${c.id}\u0000${m.value}`) ? ", still in redacted text" : "";
      misses.push({ id: c.id, kind: "pii", detail: `${m.type} "${m.value}" ${how}${leaked}` });
    }
    for (const p of c.pii) {
      // A leak of a value that was counted as found (e.g. it also occurs inside another placeholder-free span).
      if (leakIds.has(`${c.id}\u0000${p.value}`) && isCovered(c.text, p.value, prediction.pii, p.type)) {
        misses.push({
          id: c.id,
          kind: "leak",
          detail: `${p.type} "${p.value}" still appears in redacted text`,
        });
      }
    }
    const gold = new Set<string>(c.harms);
    const predicted = new Set<string>(prediction.harms);
    const missingHarms = [...gold].filter((h) => !predicted.has(h));
    const extraHarms = [...predicted].filter((h) => !gold.has(h));
    if (missingHarms.length + extraHarms.length > 0) {
      const parts = [
        missingHarms.length > 0 ? `missing ${missingHarms.join(", ")}` : "",
        extraHarms.length > 0 ? `extra ${extraHarms.join(", ")}` : "",
      ].filter(Boolean);
      misses.push({ id: c.id, kind: "harms", detail: `harms ${parts.join("; ")}` });
    }
  }
  return misses.sort(
    (a, b) => MISS_ORDER.indexOf(a.kind) - MISS_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
}

export type EvalSummary = {
  cases: number;
  errors: number;
  pii: PiiScores;
  leaks: Leak[];
  disclosure: DisclosureScores;
  harms: HarmScores;
  locales: Record<EvalLocale, LocaleScores>;
  misses: Miss[];
};

export function evaluate(outcomes: readonly Outcome[]): EvalSummary {
  return {
    cases: outcomes.length,
    errors: outcomes.filter((o) => o.error !== undefined).length,
    pii: scorePii(outcomes),
    leaks: residualLeaks(outcomes),
    disclosure: scoreDisclosure(outcomes),
    harms: scoreHarms(outcomes),
    locales: scoreByLocale(outcomes),
    misses: listMisses(outcomes),
  };
}

export type Targets = {
  piiRecall: number;
  disclosureRecall: number;
  disclosurePrecision: number;
  harmMicroF1: number;
};
export const DEFAULT_TARGETS: Targets = {
  piiRecall: 0.95,
  disclosureRecall: 0.95,
  disclosurePrecision: 0.7,
  harmMicroF1: 0.75,
};

const shown = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** The targets the summary misses, as sentences; empty when all pass. Unmeasurable (null) values fail. */
export function failedTargets(summary: EvalSummary, targets: Targets = DEFAULT_TARGETS): string[] {
  const failures: string[] = [];
  const check = (label: string, value: number | null, min: number) => {
    if (value === null || value < min) failures.push(`${label} ${shown(value)} < ${min}`);
  };
  for (const t of PII_TYPES) check(`PII recall (${t})`, summary.pii.byType[t].recall, targets.piiRecall);
  check("disclosure recall", summary.disclosure.recall, targets.disclosureRecall);
  check("disclosure precision", summary.disclosure.precision, targets.disclosurePrecision);
  check("harm micro-F1", summary.harms.micro.f1, targets.harmMicroF1);
  return failures;
}
