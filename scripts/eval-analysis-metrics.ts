// Pure metric functions for the free-text analysis evaluation (`scripts/eval-analysis.ts`).
// No I/O here: the set is parsed from a string and scored from (case, prediction) pairs, so every
// number the evaluation prints can be unit-tested with small hand-computed fixtures.
import { z } from "zod";
import {
  DISCLOSURE_CATEGORIES,
  type DisclosureCategory,
  HARM_IDS,
  type HarmId,
  PII_TYPES,
  type PiiSpan,
  type PiiType,
  type TextAnalysis,
} from "../server/domain/analysis/analysis-types";

export const EVAL_LOCALES = ["en", "pl", "lt", "lv", "ro", "bn"] as const;
export const EVAL_AGES = ["8-12", "13-17", "18-25", "adult"] as const;
export type EvalLocale = (typeof EVAL_LOCALES)[number];

const labelledPiiSchema = z.strictObject({ type: z.enum(PII_TYPES), value: z.string().min(1) });

/** One labelled line of the evaluation set. */
export const evalCaseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]{2}-\d{3}$/, "id must look like en-001"),
    locale: z.enum(EVAL_LOCALES),
    age: z.enum(EVAL_AGES),
    text: z.string().min(1),
    pii: z.array(labelledPiiSchema),
    disclosure: z.boolean(),
    categories: z.array(z.enum(DISCLOSURE_CATEGORIES)),
    harms: z.array(z.enum(HARM_IDS)),
    note: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: "custom", message, path });
    if (!c.id.startsWith(`${c.locale}-`))
      issue(`id ${c.id} does not start with its locale "${c.locale}-"`, ["id"]);
    c.pii.forEach((p, i) => {
      if (!c.text.includes(p.value))
        issue(`pii value "${p.value}" is not a substring of text`, ["pii", i, "value"]);
    });
    const piiKeys = c.pii.map((p) => `${p.type}\u0000${p.value}`);
    if (new Set(piiKeys).size !== piiKeys.length)
      issue("the same pii (type, value) is labelled twice", ["pii"]);
    if (c.disclosure && c.categories.length === 0)
      issue("disclosure is true but categories is empty", ["categories"]);
    if (!c.disclosure && c.categories.length > 0)
      issue("disclosure is false but categories is not empty", ["categories"]);
    if (new Set(c.categories).size !== c.categories.length)
      issue("a category is listed twice", ["categories"]);
    if (new Set(c.harms).size !== c.harms.length) issue("a harm is listed twice", ["harms"]);
  });
export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Raised for an unreadable evaluation file; the message starts with the 1-based line number. */
export class EvalFileError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = "EvalFileError";
  }
}

/** Parses JSONL text (blank lines skipped) into validated cases; throws EvalFileError naming the line. */
export function parseEvalJsonl(source: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const seen = new Map<string, number>();
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new EvalFileError(line, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = evalCaseSchema.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`)
        .join("; ");
      throw new EvalFileError(line, detail);
    }
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined)
      throw new EvalFileError(line, `duplicate id ${parsed.data.id} (first on line ${previous})`);
    seen.set(parsed.data.id, line);
    cases.push(parsed.data);
  });
  return cases;
}

/** One case with what the analyser said about it (`error` when it threw; the prediction is then empty). */
export type Outcome = { case: EvalCase; prediction: TextAnalysis; error?: string };

/** The prediction used when the analyser throws: nothing redacted, nothing flagged, no harms. */
export function emptyPrediction(text: string): TextAnalysis {
  return { redacted: text, pii: [], safeguarding: { flag: false, categories: [] }, harms: [] };
}

// ---------------------------------------------------------------------------------------------
// Ratios. `null` means "not measurable" (nothing to divide by); a target that meets null fails.

/** tp / (tp + fn): the share of labelled positives found; null when nothing is labelled. */
export function recall(tp: number, fn: number): number | null {
  return tp + fn === 0 ? null : tp / (tp + fn);
}

/** tp / (tp + fp): the share of predictions that were right; null when nothing was predicted. */
export function precision(tp: number, fp: number): number | null {
  return tp + fp === 0 ? null : tp / (tp + fp);
}

/** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall; null only when all are zero. */
export function f1(tp: number, fp: number, fn: number): number | null {
  return 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
}

export type Counts = { tp: number; fp: number; fn: number };
export type Scores = Counts & { precision: number | null; recall: number | null; f1: number | null };

export function scores(c: Counts): Scores {
  return { ...c, precision: precision(c.tp, c.fp), recall: recall(c.tp, c.fn), f1: f1(c.tp, c.fp, c.fn) };
}

// ---------------------------------------------------------------------------------------------
// PII

/** Start offsets of every (possibly overlapping) occurrence of `value` in `text`. */
export function occurrences(text: string, value: string): number[] {
  const starts: number[] = [];
  if (value === "") return starts;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) starts.push(at);
  return starts;
}

/**
 * Whether a labelled value is redacted: at EVERY occurrence of it in the text, every non-whitespace
 * character lies inside some returned span (of type `type` when given, of any type otherwise).
 * Whitespace is exempt so that "07700 900123" split into spans at the space still counts.
 */
export function isCovered(text: string, value: string, spans: readonly PiiSpan[], type?: PiiType): boolean {
  const usable = type === undefined ? spans : spans.filter((s) => s.type === type);
  const starts = occurrences(text, value);
  if (starts.length === 0) return false;
  return starts.every((start) => {
    for (let i = start; i < start + value.length; i++) {
      if (/\s/u.test(text[i] ?? "")) continue;
      if (!usable.some((s) => s.start <= i && i < s.end)) return false;
    }
    return true;
  });
}

export type PiiTally = {
  labelled: number;
  found: number;
  foundAnyType: number;
  recall: number | null;
  anyTypeRecall: number | null;
};
export type PiiMiss = { id: string; type: PiiType; value: string; foundAsOtherType: boolean };
export type PiiScores = { byType: Record<PiiType, PiiTally>; overall: PiiTally; misses: PiiMiss[] };

function tally(labelled: number, found: number, foundAnyType: number): PiiTally {
  return {
    labelled,
    found,
    foundAnyType,
    recall: recall(found, labelled - found),
    anyTypeRecall: recall(foundAnyType, labelled - foundAnyType),
  };
}

/** Per-type recall of labelled PII: found = covered by spans of the same type; any-type as a secondary figure. */
export function scorePii(outcomes: readonly Outcome[]): PiiScores {
  const raw = Object.fromEntries(
    PII_TYPES.map((t) => [t, { labelled: 0, found: 0, foundAnyType: 0 }]),
  ) as Record<PiiType, { labelled: number; found: number; foundAnyType: number }>;
  const misses: PiiMiss[] = [];
  for (const { case: c, prediction } of outcomes) {
    for (const p of c.pii) {
      const row = raw[p.type];
      row.labelled++;
      const same = isCovered(c.text, p.value, prediction.pii, p.type);
      const any = same || isCovered(c.text, p.value, prediction.pii);
      if (same) row.found++;
      if (any) row.foundAnyType++;
      if (!same) misses.push({ id: c.id, type: p.type, value: p.value, foundAsOtherType: any });
    }
  }
  const byType = Object.fromEntries(
    PII_TYPES.map((t) => [t, tally(raw[t].labelled, raw[t].found, raw[t].foundAnyType)]),
  ) as Record<PiiType, PiiTally>;
  const sum = (k: "labelled" | "found" | "foundAnyType") => PII_TYPES.reduce((n, t) => n + raw[t][k], 0);
  return { byType, overall: tally(sum("labelled"), sum("found"), sum("foundAnyType")), misses };
}

export type Leak = { id: string; type: PiiType; value: string };

/** Labelled values whose text still appears verbatim (case-sensitive) in the redacted output. */
export function residualLeaks(outcomes: readonly Outcome[]): Leak[] {
  const leaks: Leak[] = [];
  for (const { case: c, prediction } of outcomes) {
    for (const p of c.pii) {
      if (prediction.redacted.includes(p.value)) leaks.push({ id: c.id, type: p.type, value: p.value });
    }
  }
  return leaks;
}

// ---------------------------------------------------------------------------------------------
// Disclosure

export type CategoryTally = {
  labelled: number;
  /** Texts labelled with this category that were flagged at all. */
  flagged: number;
  /** ... that were flagged with this category among the predicted ones. */
  named: number;
  flagRecall: number | null;
  categoryRecall: number | null;
};
export type DisclosureScores = Scores & { tn: number; byCategory: Record<DisclosureCategory, CategoryTally> };

/** Flag vs label (a case is positive when `disclosure` is true), and per-category recall. */
export function scoreDisclosure(outcomes: readonly Outcome[]): DisclosureScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const raw = Object.fromEntries(
    DISCLOSURE_CATEGORIES.map((k) => [k, { labelled: 0, flagged: 0, named: 0 }]),
  ) as Record<DisclosureCategory, { labelled: number; flagged: number; named: number }>;
  for (const { case: c, prediction } of outcomes) {
    const flag = prediction.safeguarding.flag;
    if (c.disclosure && flag) tp++;
    else if (c.disclosure) fn++;
    else if (flag) fp++;
    else tn++;
    for (const k of c.categories) {
      raw[k].labelled++;
      if (flag) raw[k].flagged++;
      if (flag && prediction.safeguarding.categories.includes(k)) raw[k].named++;
    }
  }
  const byCategory = Object.fromEntries(
    DISCLOSURE_CATEGORIES.map((k) => {
      const r = raw[k];
      return [
        k,
        {
          ...r,
          flagRecall: recall(r.flagged, r.labelled - r.flagged),
          categoryRecall: recall(r.named, r.labelled - r.named),
        },
      ];
    }),
  ) as Record<DisclosureCategory, CategoryTally>;
  return { ...scores({ tp, fp, fn }), tn, byCategory };
}

// ---------------------------------------------------------------------------------------------
// Harms

export type HarmScores = { micro: Scores; byHarm: Record<HarmId, Scores & { support: number }> };

/**
 * Multi-label harm scores over (case, harm) pairs: a predicted harm the case is labelled with is a true
 * positive, any other predicted harm a false positive, a labelled harm not predicted a false negative.
 * Duplicated predictions count once. Micro = pooled over all pairs; per-harm = pairs for that harm.
 */
export function scoreHarms(outcomes: readonly Outcome[]): HarmScores {
  const per = Object.fromEntries(HARM_IDS.map((h) => [h, { tp: 0, fp: 0, fn: 0 }])) as Record<HarmId, Counts>;
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { case: c, prediction } of outcomes) {
    const gold = new Set<string>(c.harms);
    const predicted = new Set<string>(prediction.harms);
    for (const h of predicted) {
      const known = (HARM_IDS as readonly string[]).includes(h) ? per[h as HarmId] : undefined;
      if (gold.has(h)) {
        micro.tp++;
        if (known) known.tp++;
      } else {
        micro.fp++;
        if (known) known.fp++;
      }
    }
    for (const h of gold) {
      if (!predicted.has(h)) {
        micro.fn++;
        per[h as HarmId].fn++;
      }
    }
  }
  const byHarm = Object.fromEntries(
    HARM_IDS.map((h) => [h, { ...scores(per[h]), support: per[h].tp + per[h].fn }]),
  ) as HarmScores["byHarm"];
  return { micro: scores(micro), byHarm };
}

// ---------------------------------------------------------------------------------------------
// Per locale

export type LocaleScores = {
  cases: number;
  disclosures: number;
  disclosureRecall: number | null;
  falseAlarms: number;
  piiLabelled: number;
  /** Same-type PII recall pooled over all types. */
  piiRecall: number | null;
};

export function scoreByLocale(outcomes: readonly Outcome[]): Record<EvalLocale, LocaleScores> {
  return Object.fromEntries(
    EVAL_LOCALES.map((locale) => {
      const mine = outcomes.filter((o) => o.case.locale === locale);
      const d = scoreDisclosure(mine);
      const p = scorePii(mine).overall;
      return [
        locale,
        {
          cases: mine.length,
          disclosures: d.tp + d.fn,
          disclosureRecall: d.recall,
          falseAlarms: d.fp,
          piiLabelled: p.labelled,
          piiRecall: p.recall,
        },
      ];
    }),
  ) as Record<EvalLocale, LocaleScores>;
}

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
