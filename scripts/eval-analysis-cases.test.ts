import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { EvalFileError, parseEvalJsonl } from "./eval-analysis-cases";
import { evalCase } from "./eval-analysis-test-support";

describe("parseEvalJsonl", () => {
  const good = JSON.stringify(
    evalCase({ id: "en-001", text: "I'm Jade", pii: [{ type: "name", value: "Jade" }] }),
  );

  it("reads valid lines and skips blank ones", () => {
    expect(parseEvalJsonl(`${good}\n\n`)).toHaveLength(1);
  });

  it.each([
    ["not JSON", "{oops", /^line 2: not valid JSON/],
    ["an unknown field", JSON.stringify({ ...JSON.parse(good), id: "en-002", extra: 1 }), /^line 2: /],
    [
      "a value not in the text",
      JSON.stringify({ ...JSON.parse(good), id: "en-002", pii: [{ type: "name", value: "Jo" }] }),
      /not a substring/,
    ],
    [
      "disclosure without categories",
      JSON.stringify({ ...JSON.parse(good), id: "en-002", disclosure: true }),
      /categories is empty/,
    ],
    [
      "categories without disclosure",
      JSON.stringify({ ...JSON.parse(good), id: "en-002", categories: ["missing"] }),
      /not empty/,
    ],
    [
      "an unknown harm",
      JSON.stringify({ ...JSON.parse(good), id: "en-002", harms: ["gangs"] }),
      /^line 2: harms/,
    ],
    [
      "an id of another locale",
      JSON.stringify({ ...JSON.parse(good), id: "pl-002" }),
      /does not start with its locale/,
    ],
    ["a duplicate id", good, /duplicate id en-001 \(first on line 1\)/],
  ])("names the line for %s", (_, second, message) => {
    expect(() => parseEvalJsonl(`${good}\n${second}`)).toThrow(EvalFileError);
    expect(() => parseEvalJsonl(`${good}\n${second}`)).toThrow(message);
  });
});

describe("tests/fixtures/analysis-eval.jsonl", () => {
  it("is a valid set with the agreed composition", async () => {
    const cases = parseEvalJsonl(
      await readFile(new URL("../tests/fixtures/analysis-eval.jsonl", import.meta.url), "utf8"),
    );
    expect(cases.length).toBeGreaterThanOrEqual(240);
    for (const locale of ["pl", "lt", "lv", "ro", "bn"]) {
      expect(cases.filter((c) => c.locale === locale).length).toBeGreaterThanOrEqual(25);
    }
    for (const type of ["name", "phone", "email", "postcode", "address", "school", "url", "handle"]) {
      expect(cases.flatMap((c) => c.pii).filter((p) => p.type === type).length).toBeGreaterThanOrEqual(25);
    }
    const positives = cases.filter((c) => c.disclosure);
    expect(positives.length).toBeGreaterThanOrEqual(60);
    expect(new Set(positives.flatMap((c) => c.categories)).size).toBe(12);
    expect(new Set(positives.map((c) => c.locale)).size).toBe(6);
    expect(cases.filter((c) => c.note?.startsWith("hard negative")).length).toBeGreaterThanOrEqual(50);
    expect(cases.filter((c) => c.note?.startsWith("hard negative") && c.disclosure)).toEqual([]);
  });
});
