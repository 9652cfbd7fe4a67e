import { describe, expect, it } from "vitest";
import { execAll } from "./exec-all";
import { POSITIVES, parseMarked } from "./redaction/redaction-corpus";
import { NEGATIVES } from "./redaction/redaction-corpus-negatives";

const same = (regex: RegExp, text: string) => {
  const expected = [...text.matchAll(regex)].map((m) => [m.index, ...m]);
  expect(execAll(regex, text).map((m) => [m.index, ...m])).toEqual(expected);
};

describe("execAll", () => {
  it("finds what matchAll finds, groups and offsets included, over the redaction corpus", () => {
    const word = /(\p{L}+)(\s*)/gu;
    const digits = /\d+/g;
    for (const text of [...POSITIVES.map((line) => parseMarked(line).text), ...NEGATIVES]) {
      same(word, text);
      same(digits, text);
    }
  });

  it("steps past empty matches, by whole code points under /u", () => {
    same(/x*/g, "axxbx");
    same(/x*/gu, "a😀b😀");
    same(/(?:)/gu, "😀é");
  });

  it("leaves the expression at the start, so a loop over its matches can use it again", () => {
    const word = /\w+/g;
    const seen: string[] = [];
    for (const m of execAll(word, "one two")) seen.push(`${m[0]}:${execAll(word, m[0]).length}`);
    expect(seen).toEqual(["one:1", "two:1"]);
    expect(word.lastIndex).toBe(0);
  });

  it("refuses an expression that is not global, as matchAll does", () => {
    expect(() => execAll(/a/, "a")).toThrow(TypeError);
  });
});
