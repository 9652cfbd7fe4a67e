import { describe, expect, it } from "vitest";
import { PII_TYPES, type PiiType } from "../analysis-types";
import { redact } from "./redact";
import { CORPUS_GAZETTEER as GAZETTEER, POSITIVES, parseMarked } from "./redaction-corpus";
import { NEGATIVES } from "./redaction-corpus-negatives";

const samples = POSITIVES.map((line) => ({ ...parseMarked(line), line }));

describe("redaction on realistic writing", () => {
  it.each(PII_TYPES.map((type) => [type]))(
    "finds at least 95%% of the %s values in the corpus",
    (type: PiiType) => {
      let expected = 0;
      const missed: string[] = [];
      for (const { text, expected: spans, line } of samples) {
        const { pii } = redact(text, { schoolGazetteer: GAZETTEER });
        for (const e of spans.filter((s) => s.type === type)) {
          expected++;
          if (!pii.some((s) => s.type === type && s.start <= e.start && s.end >= e.end)) missed.push(line);
        }
      }
      expect(expected).toBeGreaterThanOrEqual(6);
      expect(missed.length / expected, `missed: ${missed.join(" | ")}`).toBeLessThanOrEqual(0.05);
    },
  );

  it("redacts nothing outside the marked values", () => {
    const extra = samples.flatMap(({ text, expected, line }) =>
      redact(text, { schoolGazetteer: GAZETTEER })
        .pii.filter((s) => !expected.some((e) => s.start < e.end && e.start < s.end))
        .map((s) => `${s.type} "${text.slice(s.start, s.end)}" in ${line}`),
    );
    expect(extra).toEqual([]);
  });

  it.each(NEGATIVES.map((text) => [text]))("leaves %j untouched", (text) => {
    expect(redact(text, { schoolGazetteer: GAZETTEER }).pii).toEqual([]);
  });
});
