// Pure metric functions for the free-text analysis evaluation (`scripts/eval-analysis.ts`).
// No I/O here: scored from (case, prediction) pairs, so every number the evaluation prints can be
// unit-tested with small hand-computed fixtures.
import {
  DISCLOSURE_CATEGORIES,
  type DisclosureCategory,
  HARM_IDS,
  type HarmId,
  PII_TYPES,
  type PiiSpan,
  type PiiType,
} from "../server/domain/analysis/analysis-types";
import { EVAL_LOCALES, type EvalLocale, type Outcome } from "./eval-analysis-cases";

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
