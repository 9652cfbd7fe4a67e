import { describe, expect, it } from "vitest";
import { evaluateCondition, isQuestionVisible } from "./show-if";

describe("evaluateCondition", () => {
  it("matches equals only when the answer is exactly that value", () => {
    expect(evaluateCondition({ question: "tell", equals: "yes" }, { tell: "yes" })).toBe(true);
    expect(evaluateCondition({ question: "tell", equals: "yes" }, { tell: "no" })).toBe(false);
  });

  it("treats a skipped question as matching no value", () => {
    expect(evaluateCondition({ question: "tell", equals: "yes" }, {})).toBe(false);
    expect(evaluateCondition({ question: "tell", in: ["yes"] }, {})).toBe(false);
    expect(evaluateCondition({ question: "where", includes: "park" }, {})).toBe(false);
  });

  it("matches in when the answer is any listed value", () => {
    expect(evaluateCondition({ question: "tell", in: ["yes", "unsure"] }, { tell: "unsure" })).toBe(true);
    expect(evaluateCondition({ question: "tell", in: ["yes", "unsure"] }, { tell: "no" })).toBe(false);
  });

  it("matches in on a several-answer question when any chosen value is listed", () => {
    expect(
      evaluateCondition({ question: "where", in: ["park", "home"] }, { where: ["school", "park"] }),
    ).toBe(true);
    expect(evaluateCondition({ question: "where", in: ["home"] }, { where: ["school", "park"] })).toBe(false);
  });

  it("matches includes when the value is among the chosen answers", () => {
    expect(evaluateCondition({ question: "where", includes: "park" }, { where: ["school", "park"] })).toBe(
      true,
    );
    expect(evaluateCondition({ question: "where", includes: "home" }, { where: ["school"] })).toBe(false);
  });

  it("counts empty text and empty lists as not answered", () => {
    const answered = { question: "q", answered: true } as const;
    expect(evaluateCondition(answered, { q: "  " })).toBe(false);
    expect(evaluateCondition(answered, { q: [] })).toBe(false);
    expect(evaluateCondition(answered, { q: "something" })).toBe(true);
    expect(evaluateCondition({ question: "q", answered: false }, {})).toBe(true);
  });

  it("combines conditions with all, any and not", () => {
    const answers = { tell: "yes", where: ["park"] };
    const tellYes = { question: "tell", equals: "yes" };
    const atHome = { question: "where", includes: "home" };
    expect(evaluateCondition({ all: [tellYes, atHome] }, answers)).toBe(false);
    expect(evaluateCondition({ any: [tellYes, atHome] }, answers)).toBe(true);
    expect(evaluateCondition({ not: atHome }, answers)).toBe(true);
    expect(evaluateCondition({ all: [tellYes, { not: atHome }] }, answers)).toBe(true);
  });

  it("is true for not over a skipped question", () => {
    expect(evaluateCondition({ not: { question: "tell", equals: "yes" } }, {})).toBe(true);
  });
});

describe("isQuestionVisible", () => {
  it("shows a question without showIf whatever the answers", () => {
    expect(isQuestionVisible({}, {})).toBe(true);
  });

  it("hides a follow-up until the earlier answer matches", () => {
    const followUp = { showIf: { question: "tell", equals: "yes" } };
    expect(isQuestionVisible(followUp, {})).toBe(false);
    expect(isQuestionVisible(followUp, { tell: "yes" })).toBe(true);
  });
});
