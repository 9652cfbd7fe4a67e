import { describe, expect, it } from "vitest";
import { emptyPrediction } from "./eval-analysis-cases";
import { evaluate, failedTargets } from "./eval-analysis-summary";
import { evalCase, prediction, spanOf } from "./eval-analysis-test-support";

describe("failedTargets", () => {
  const c = evalCase({
    id: "en-001",
    text: "kms. my snap is jaz.x",
    pii: [{ type: "handle", value: "jaz.x" }],
    disclosure: true,
    categories: ["self-harm"],
  });

  it("passes only types that are measured and above target", () => {
    const perfect = evaluate([
      {
        case: c,
        prediction: prediction({
          redacted: "kms. my snap is [handle]",
          pii: [spanOf(c.text, "jaz.x", "handle")],
          flag: true,
          categories: ["self-harm"],
        }),
      },
    ]);
    // Types with no labelled values are unmeasurable (null) and fail, as does harm F1 with no harms at all.
    const failures = failedTargets(perfect);
    expect(failures).toContain("PII recall (name) n/a < 0.95");
    expect(failures.some((f) => f.startsWith("PII recall (handle)"))).toBe(false);
    expect(failures.some((f) => f.startsWith("disclosure"))).toBe(false);
    expect(failures).toContain("harm micro-F1 n/a < 0.75");
  });

  it("fails an analyser that throws (scored as the empty prediction)", () => {
    const s = evaluate([{ case: c, prediction: emptyPrediction(c.text), error: "not implemented" }]);
    expect(s.errors).toBe(1);
    expect(s.leaks).toHaveLength(1);
    expect(failedTargets(s)).toEqual(
      expect.arrayContaining([
        "PII recall (handle) 0.000 < 0.95",
        "disclosure recall 0.000 < 0.95",
        "disclosure precision n/a < 0.7",
      ]),
    );
    expect(s.misses[0]).toEqual({ id: "en-001", kind: "error", detail: "analyser threw: not implemented" });
  });
});
