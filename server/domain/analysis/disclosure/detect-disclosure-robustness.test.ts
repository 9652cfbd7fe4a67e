import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCLOSURE_CATEGORIES } from "../analysis-types";
import { suggestHarms } from "../harms/suggest-harms";
import { compilePatterns } from "./compile-pattern";
import { detectDisclosure, explainDisclosure } from "./detect-disclosure";
import { normaliseText } from "./normalise-text";

const LOCALES = ["en", "pl", "lt", "lv", "ro", "bn"] as const;
const arbitraryText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc
    .array(
      fc.constantFrom("he", "hits", "me", "not", "nie", "mnie", "bije", "আমাকে", "না", " ", ".", "'", "~", "*"),
      {
        maxLength: 200,
      },
    )
    .map((words) => words.join(" ")),
);

describe("detectDisclosure and suggestHarms on arbitrary input", () => {
  it("never throw and always return well-formed results", () => {
    fc.assert(
      fc.property(arbitraryText, fc.constantFrom(...LOCALES), (text, locale) => {
        const disclosure = detectDisclosure(text, locale);
        expect(disclosure.flag).toBe(disclosure.categories.length > 0);
        expect(disclosure.categories.every((c) => DISCLOSURE_CATEGORIES.includes(c))).toBe(true);
        expect(new Set(suggestHarms(text, locale)).size).toBe(suggestHarms(text, locale).length);
      }),
      { numRuns: 300 },
    );
  });

  it("reports hits whose offsets point at the matched words in the original text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const text = `${before} he hits me ${after}`;
        for (const hit of explainDisclosure(text)) {
          expect(text.slice(hit.start, hit.end)).toBe(hit.phrase);
          expect(hit.start).toBeLessThanOrEqual(hit.end);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [
      "ordinary prose",
      "I feel safe in the park but older boys hang around and I don't like it. ".repeat(700),
    ],
    ["one long word", "a".repeat(50_000)],
    ["apostrophes and spaces", "' ".repeat(25_000)],
    ["many hits", "nobody hits me, he hits me. ".repeat(1_800)],
    ["Bangla", "আমাকে কেউ মারে না ".repeat(2_800)],
    ["separators without words", " ,.!?".repeat(10_000)],
  ])("handles 50,000 characters of %s in well under a second", (_, text) => {
    const input = text.slice(0, 50_000);
    const started = performance.now();
    detectDisclosure(input, "en");
    suggestHarms(input, "en");
    expect(performance.now() - started).toBeLessThan(600);
  });
});

describe("normaliseText", () => {
  it("folds case, diacritics and stretched letters, and maps each unit back to the original", () => {
    const { text, origin } = normaliseText("Bił MNIE, pleeease ŻÓŁW");
    expect(text).toBe("bil mnie, please zolw");
    expect(origin[text.indexOf("please") + 2]).toBe("Bił MNIE, pleeease".indexOf("eee"));
  });
  it("keeps Bangla vowel signs and turns the danda into a full stop", () => {
    expect(normaliseText("আমাকে মারে।").text).toBe("আমাকে মারে.".normalize("NFKD"));
  });
  it("treats apostrophes as part of a word only between letters", () => {
    expect(normaliseText("don\u2019t 'hold this'").text).toBe(`don't "hold this"`);
  });
});

describe("compilePatterns", () => {
  it("matches stems, optional separators and either word order", () => {
    const re = compilePatterns(["bij* <> mnie", "my ?self"]);
    const folded = normaliseText("bije mnie, mnie bijesz, myself, my self").text;
    expect(folded.match(re)).toEqual(["bije mnie", "mnie bijesz", "myself", "my self"]);
  });
  it("matches whole words only", () => {
    expect("shits mean".match(compilePatterns(["hits me"]))).toBeNull();
  });
  it("does not let a negation sit in a gap", () => {
    expect(compilePatterns(["mnie ~ bij*"]).test("mnie nie bije")).toBe(false);
    expect(compilePatterns(["mnie ~ bij*"]).test("mnie czasem bije")).toBe(true);
  });
  it("rejects an unknown macro", () => {
    expect(() => compilePatterns(["{nope}"])).toThrow(/unknown lexicon macro/);
  });
});
