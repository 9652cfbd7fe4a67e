import { describe, expect, it } from "vitest";
import { QUOTE_MAX } from "./build-publication";
import { checkExcerpt, suggestExcerpt } from "./quote-excerpt";

const answer =
  "The bus stop by the park is scary at night.\nMore lights and someone around would help a lot.";

describe("checkExcerpt", () => {
  it("accepts any unbroken run of the answer's words, spacing aside", () => {
    expect(checkExcerpt(answer, "More lights and someone around would help")).toEqual({
      ok: true,
      text: "More lights and someone around would help",
    });
    expect(checkExcerpt(answer, "  scary at night. More   lights ")).toEqual({
      ok: true,
      text: "scary at night. More lights",
    });
  });

  it("refuses words the child did not write, or words in another order", () => {
    expect(checkExcerpt(answer, "More police would help")).toEqual({ ok: false, problem: "notInAnswer" });
    expect(checkExcerpt(answer, "The bus stop is scary")).toEqual({ ok: false, problem: "notInAnswer" });
  });

  it("refuses an empty excerpt and one over 200 characters", () => {
    expect(checkExcerpt(answer, "   ")).toEqual({ ok: false, problem: "empty" });
    const long = "word ".repeat(60);
    expect(checkExcerpt(long, long)).toEqual({ ok: false, problem: "tooLong" });
  });
});

describe("suggestExcerpt", () => {
  it("offers the whole answer when it fits, else a cut at a word that passes the rule", () => {
    expect(suggestExcerpt("Short answer.")).toBe("Short answer.");
    const long = `${"I feel safe at school but not on the way home. ".repeat(6)}End`;
    const suggested = suggestExcerpt(long);
    expect(suggested.length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(checkExcerpt(long, suggested).ok).toBe(true);
  });
});
