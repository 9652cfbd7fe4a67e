import { describe, expect, it } from "vitest";
import { analyseText } from "../analysis/analyse-text";
import type { AnalysisLocale } from "../analysis/analysis-types";
import { DEMO_TEXTS } from "./texts";

const locales = Object.entries(DEMO_TEXTS);

describe("the demo's synthetic answers", () => {
  it.each(locales)("%s has enough varied answers in every voice", (_, texts) => {
    expect(texts.answers.length).toBeGreaterThanOrEqual(20);
    expect(new Set(texts.answers.map((t) => t.text)).size).toBe(texts.answers.length);
    for (const voice of ["child", "young", "adult"]) {
      expect(texts.answers.filter((t) => t.voice === voice).length).toBeGreaterThanOrEqual(5);
    }
  });

  // Ordinary answers are reused many times: one that the analysis flags would flood the safeguarding
  // queue. The disclosures are used once each, and must be flagged, or the demo queue stays empty.
  it.each(locales)("%s: ordinary answers are not flagged, disclosures are", (locale, texts) => {
    const options = { locale: locale as AnalysisLocale };
    const flagged = texts.answers
      .filter((t) => analyseText(t.text, options).safeguarding.flag)
      .map((t) => t.text);
    expect(flagged).toEqual([]);
    for (const text of texts.disclosures) expect(analyseText(text, options).safeguarding.flag).toBe(true);
  });

  it("includes personal details the redaction must catch", () => {
    const redacted = DEMO_TEXTS.en?.answers.map((t) => analyseText(t.text).redacted).join("\n") ?? "";
    for (const placeholder of ["[name]", "[phone]", "[email]", "[postcode]", "[handle]"]) {
      expect(redacted).toContain(placeholder);
    }
    expect(redacted).not.toContain("07700");
  });
});
