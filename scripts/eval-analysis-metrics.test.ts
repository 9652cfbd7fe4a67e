import { describe, expect, it } from "vitest";
import type { PiiSpan } from "../server/domain/analysis/analysis-types";
import type { Outcome } from "./eval-analysis-cases";
import {
  f1,
  isCovered,
  occurrences,
  precision,
  recall,
  residualLeaks,
  scoreByLocale,
  scoreDisclosure,
  scoreHarms,
  scorePii,
} from "./eval-analysis-metrics";
import { listMisses } from "./eval-analysis-summary";
import { evalCase, prediction, spanOf } from "./eval-analysis-test-support";

describe("ratios", () => {
  it("computes precision, recall and F1, with null when nothing to divide by", () => {
    expect(recall(3, 1)).toBe(0.75);
    expect(precision(3, 3)).toBe(0.5);
    // 2*3 / (2*3 + 3 + 1) = 6/10
    expect(f1(3, 3, 1)).toBeCloseTo(0.6);
    // harmonic mean of 0.5 and 0.75 is 0.6 as well
    expect((2 * 0.5 * 0.75) / (0.5 + 0.75)).toBeCloseTo(0.6);
    expect(recall(0, 0)).toBeNull();
    expect(precision(0, 0)).toBeNull();
    expect(f1(0, 0, 0)).toBeNull();
    expect(f1(0, 0, 4)).toBe(0);
  });
});

describe("isCovered", () => {
  const text = "call 07700 900123 or 07700 900123 now";
  const value = "07700 900123";

  it("finds every occurrence", () => {
    expect(occurrences(text, value)).toEqual([5, 21]);
    expect(occurrences("aaa", "aa")).toEqual([0, 1]);
  });

  it("needs every non-space character of every occurrence inside a span of the type", () => {
    const both: PiiSpan[] = [
      { type: "phone", start: 5, end: 17 },
      { type: "phone", start: 21, end: 33 },
    ];
    expect(isCovered(text, value, both, "phone")).toBe(true);
    expect(isCovered(text, value, [both[0] as PiiSpan], "phone")).toBe(false);
    expect(isCovered(text, value, both, "name")).toBe(false);
    expect(isCovered(text, value, both)).toBe(true);
  });

  it("exempts whitespace, so a number split at its space still counts", () => {
    const split: PiiSpan[] = [
      { type: "phone", start: 5, end: 10 },
      { type: "phone", start: 11, end: 17 },
      { type: "phone", start: 21, end: 33 },
    ];
    expect(isCovered(text, value, split, "phone")).toBe(true);
    const short: PiiSpan[] = [
      { type: "phone", start: 5, end: 16 },
      { type: "phone", start: 21, end: 33 },
    ];
    expect(isCovered(text, value, short, "phone")).toBe(false);
  });

  it("counts a span wider than the value", () => {
    expect(isCovered("I'm Jade Collins", "Jade", [{ type: "name", start: 4, end: 16 }], "name")).toBe(true);
  });

  it("is false when the value is not in the text", () => {
    expect(isCovered("hello", "Jade", [{ type: "name", start: 0, end: 5 }])).toBe(false);
  });
});

describe("scorePii and residualLeaks", () => {
  const a = evalCase({
    id: "en-001",
    text: "I'm Lily, text 07700 900111",
    pii: [
      { type: "name", value: "Lily" },
      { type: "phone", value: "07700 900111" },
    ],
  });
  const b = evalCase({
    id: "pl-001",
    locale: "pl",
    text: "Chodzę do Oakbridge Primary, snap kuba_07",
    pii: [
      { type: "school", value: "Oakbridge Primary" },
      { type: "handle", value: "kuba_07" },
    ],
  });
  const outcomes: Outcome[] = [
    {
      case: a,
      // name found, phone found
      prediction: prediction({
        redacted: "I'm [name], text [phone]",
        pii: [spanOf(a.text, "Lily", "name"), spanOf(a.text, "07700 900111", "phone")],
      }),
    },
    {
      case: b,
      // school redacted as a name (any-type only); handle missed and leaked
      prediction: prediction({
        redacted: "Chodzę do [name], snap kuba_07",
        pii: [spanOf(b.text, "Oakbridge Primary", "name")],
      }),
    },
  ];

  it("tallies recall per type, same-type and any-type", () => {
    const s = scorePii(outcomes);
    expect(s.byType.name).toEqual({ labelled: 1, found: 1, foundAnyType: 1, recall: 1, anyTypeRecall: 1 });
    expect(s.byType.school).toEqual({ labelled: 1, found: 0, foundAnyType: 1, recall: 0, anyTypeRecall: 1 });
    expect(s.byType.handle).toEqual({ labelled: 1, found: 0, foundAnyType: 0, recall: 0, anyTypeRecall: 0 });
    expect(s.byType.email).toEqual({
      labelled: 0,
      found: 0,
      foundAnyType: 0,
      recall: null,
      anyTypeRecall: null,
    });
    expect(s.overall).toEqual({ labelled: 4, found: 2, foundAnyType: 3, recall: 0.5, anyTypeRecall: 0.75 });
    expect(s.misses).toEqual([
      { id: "pl-001", type: "school", value: "Oakbridge Primary", foundAsOtherType: true },
      { id: "pl-001", type: "handle", value: "kuba_07", foundAsOtherType: false },
    ]);
  });

  it("counts labelled values still verbatim in the redacted text", () => {
    expect(residualLeaks(outcomes)).toEqual([{ id: "pl-001", type: "handle", value: "kuba_07" }]);
  });

  it("reports PII recall per locale", () => {
    const l = scoreByLocale(outcomes);
    expect(l.en.piiRecall).toBe(1);
    expect(l.pl.piiRecall).toBe(0);
    expect(l.pl.piiLabelled).toBe(2);
    expect(l.bn).toEqual({
      cases: 0,
      disclosures: 0,
      disclosureRecall: null,
      falseAlarms: 0,
      piiLabelled: 0,
      piiRecall: null,
    });
  });
});

describe("scoreDisclosure", () => {
  // Labels: 3 disclosures (one with two categories), 2 non-disclosures.
  const outcomes: Outcome[] = [
    {
      case: evalCase({
        id: "en-001",
        text: "a",
        disclosure: true,
        categories: ["criminal-exploitation", "missing"],
      }),
      prediction: prediction({ flag: true, categories: ["criminal-exploitation"] }),
    },
    {
      case: evalCase({ id: "en-002", text: "b", disclosure: true, categories: ["self-harm"] }),
      prediction: prediction({ flag: true, categories: ["self-harm"] }),
    },
    {
      case: evalCase({ id: "lt-001", locale: "lt", text: "c", disclosure: true, categories: ["missing"] }),
      prediction: prediction({ flag: false }),
    },
    {
      case: evalCase({ id: "en-003", text: "d" }),
      prediction: prediction({ flag: true, categories: ["self-harm"] }),
    },
    { case: evalCase({ id: "en-004", text: "e" }), prediction: prediction({ flag: false }) },
  ];

  it("scores the flag against the label", () => {
    const d = scoreDisclosure(outcomes);
    expect([d.tp, d.fp, d.fn, d.tn]).toEqual([2, 1, 1, 1]);
    expect(d.recall).toBeCloseTo(2 / 3);
    expect(d.precision).toBeCloseTo(2 / 3);
    expect(d.f1).toBeCloseTo(2 / 3);
  });

  it("gives per-category recall of the flag and of the named category", () => {
    const d = scoreDisclosure(outcomes);
    // missing: en-001 (flagged, not named) and lt-001 (not flagged)
    expect(d.byCategory.missing).toEqual({
      labelled: 2,
      flagged: 1,
      named: 0,
      flagRecall: 0.5,
      categoryRecall: 0,
    });
    expect(d.byCategory["criminal-exploitation"]).toMatchObject({ flagRecall: 1, categoryRecall: 1 });
    expect(d.byCategory["self-harm"]).toMatchObject({ labelled: 1, categoryRecall: 1 });
    expect(d.byCategory.radicalisation.categoryRecall).toBeNull();
  });

  it("reports recall and false alarms per locale", () => {
    const l = scoreByLocale(outcomes);
    expect(l.en).toMatchObject({ cases: 4, disclosures: 2, disclosureRecall: 1, falseAlarms: 1 });
    expect(l.lt).toMatchObject({ cases: 1, disclosures: 1, disclosureRecall: 0, falseAlarms: 0 });
  });

  it("lists misses, most serious first", () => {
    expect(listMisses(outcomes).map((m) => [m.id, m.kind])).toEqual([
      ["lt-001", "missed-disclosure"],
      ["en-003", "false-alarm"],
      ["en-001", "category"],
    ]);
  });
});

describe("scoreHarms", () => {
  const outcomes: Outcome[] = [
    // gold {cce, serious-youth-violence}, predicted {cce, cce (dup), bullying}: tp cce, fp bullying, fn syv
    {
      case: evalCase({ id: "en-001", text: "a", harms: ["cce", "serious-youth-violence"] }),
      prediction: prediction({ harms: ["cce", "cce", "bullying"] }),
    },
    // gold {} predicted {}: nothing
    { case: evalCase({ id: "en-002", text: "b" }), prediction: prediction({}) },
    // gold {cse, online-abuse}, predicted {cse, online-abuse}: 2 tp
    {
      case: evalCase({ id: "en-003", text: "c", harms: ["cse", "online-abuse"] }),
      prediction: prediction({ harms: ["online-abuse", "cse"] }),
    },
    // gold {bullying}, predicted {}: fn bullying
    { case: evalCase({ id: "en-004", text: "d", harms: ["bullying"] }), prediction: prediction({}) },
  ];

  it("pools (text, harm) pairs for micro scores", () => {
    const h = scoreHarms(outcomes);
    expect(h.micro).toMatchObject({ tp: 3, fp: 1, fn: 2 });
    expect(h.micro.precision).toBeCloseTo(3 / 4);
    expect(h.micro.recall).toBeCloseTo(3 / 5);
    // 2*3 / (6 + 1 + 2) = 6/9
    expect(h.micro.f1).toBeCloseTo(2 / 3);
  });

  it("scores each harm on its own", () => {
    const h = scoreHarms(outcomes);
    // bullying: fp on en-001, fn on en-004
    expect(h.byHarm.bullying).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
      support: 1,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(h.byHarm.cce).toMatchObject({ tp: 1, fp: 0, fn: 0, support: 1, f1: 1 });
    expect(h.byHarm["serious-youth-violence"]).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 1,
      precision: null,
      recall: 0,
      f1: 0,
    });
    expect(h.byHarm.radicalisation).toMatchObject({ support: 0, precision: null, recall: null, f1: null });
  });

  it("names missing and extra harms per text", () => {
    const misses = listMisses(outcomes).filter((m) => m.kind === "harms");
    expect(misses).toEqual([
      { id: "en-001", kind: "harms", detail: "harms missing serious-youth-violence; extra bullying" },
      { id: "en-004", kind: "harms", detail: "harms missing bullying" },
    ]);
  });
});
