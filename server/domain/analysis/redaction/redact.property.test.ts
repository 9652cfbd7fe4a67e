import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PII_TYPES, type Redaction } from "../analysis-types";
import { redact } from "./redact";
import { CORPUS_GAZETTEER as GAZETTEER, POSITIVES, parseMarked } from "./redaction-corpus";
import { NEGATIVES } from "./redaction-corpus-negatives";

// Pieces real answers are made of, so generated texts exercise the detectors and not only the fast paths.
const PIECES = [
  ...POSITIVES.map((line) => parseMarked(line).text),
  ...NEGATIVES,
  ..."my name is call me I'm mr Mrs @ # : . , 07 +44 0044 ( ) DN15 6XX dn st Road rd School Academy at dot gmail com www. https:// snap insta is Will May Grace Tyler Kacper Ugnė রহিম আমার নাম 12 3a flat".split(
    " ",
  ),
];
const SEPARATORS = [" ", " ", ", ", ". ", "\n", "", "!", "😢 "];
const texty = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })),
      fc.constantFrom(...SEPARATORS),
    ),
    {
      maxLength: 25,
    },
  )
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

function checkShape(text: string, { redacted, pii }: Redaction): void {
  let rebuilt = "";
  let from = 0;
  for (const span of pii) {
    expect(span.start).toBeGreaterThanOrEqual(from);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    rebuilt += `${text.slice(from, span.start)}[${span.type}]`;
    from = span.end;
  }
  expect(redacted).toBe(rebuilt + text.slice(from));
}

// A value that occurs once in the text and has been replaced cannot be left in the output (the
// placeholders themselves are set aside: "n" is in "[name]").
const PLACEHOLDER = new RegExp(`\\[(?:${PII_TYPES.join("|")})\\]`, "g");

function checkValuesGone(text: string, { redacted, pii }: Redaction): void {
  const rest = redacted.replace(PLACEHOLDER, "\u0000");
  for (const span of pii) {
    const value = text.slice(span.start, span.end);
    if (text.split(value).length === 2) expect(rest).not.toContain(value);
  }
}

describe("redact, for any text", () => {
  it("never throws, and its spans are in bounds, sorted, non-overlapping and exactly what was replaced", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, texty), (text) => {
        checkShape(text, redact(text, { schoolGazetteer: GAZETTEER }));
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves a detected value in the output", () => {
    fc.assert(
      fc.property(texty, (text) => {
        checkValuesGone(text, redact(text, { schoolGazetteer: GAZETTEER }));
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves a marked value from the corpus in the output, whatever surrounds it", () => {
    const samples = POSITIVES.map(parseMarked);
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.constantFrom(...NEGATIVES), (sample, filler) => {
        const values = sample.expected.map((e) => sample.text.slice(e.start, e.end));
        // A filler that itself contains the value ("Will you help?" beside "I told Will") proves nothing.
        fc.pre(values.every((v) => !filler.includes(v)));
        const text = `${filler}. ${sample.text}\n${filler}`;
        const { redacted } = redact(text, { schoolGazetteer: GAZETTEER });
        for (const value of values) expect(redacted).not.toContain(value);
      }),
      { numRuns: 300 },
    );
  });
});
