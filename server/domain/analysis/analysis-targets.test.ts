import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Outcome, parseEvalJsonl } from "../../../scripts/eval-analysis-cases";
import { evaluate, failedTargets } from "../../../scripts/eval-analysis-summary";
import { analyseText } from "./analyse-text";

// The labelled set the detectors were developed against (tests/fixtures/analysis-eval.jsonl). A
// change that drops PII recall, disclosure recall/precision or harm F1 below the targets fails here;
// `npm run eval:analysis` prints the full table, and the held-out set shows how well it generalises.
describe("analysis targets on the labelled evaluation set", () => {
  it("meets PII recall >= 0.95 per type, disclosure recall >= 0.95 at precision >= 0.7, harm F1 >= 0.75", () => {
    const cases = parseEvalJsonl(readFileSync("tests/fixtures/analysis-eval.jsonl", "utf8"));
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const outcomes: Outcome[] = cases.map((c) => ({
      case: c,
      prediction: analyseText(c.text, { locale: c.locale }),
    }));
    expect(failedTargets(evaluate(outcomes))).toEqual([]);
  });
});
