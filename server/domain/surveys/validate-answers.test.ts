import { describe, expect, it } from "vitest";
import { testSurvey } from "./test-survey";
import { validateAnswers } from "./validate-answers";

const survey = testSurvey();
const issuesOf = (answers: unknown) => {
  const result = validateAnswers(survey, answers);
  return result.ok ? [] : result.issues;
};

describe("validateAnswers", () => {
  it("accepts valid answers and returns them in survey order", () => {
    const result = validateAnswers(survey, {
      why: "Dark",
      feel: "ok",
      tell: "yes",
      who: ["parent"],
      where: ["park"],
    });
    expect(result).toEqual({
      ok: true,
      answers: { feel: "ok", tell: "yes", who: ["parent"], where: ["park"], why: "Dark" },
    });
  });

  it("accepts no answers at all, because every question is optional", () => {
    expect(validateAnswers(survey, {})).toEqual({ ok: true, answers: {} });
  });

  it("drops empty strings and empty lists as unanswered", () => {
    expect(validateAnswers(survey, { feel: "", where: [], why: "   " })).toEqual({ ok: true, answers: {} });
  });

  it("trims free text", () => {
    expect(validateAnswers(survey, { why: "  near the shops \n" })).toEqual({
      ok: true,
      answers: { why: "near the shops" },
    });
  });

  it("rejects an answer to a question the survey does not have", () => {
    expect(issuesOf({ colour: "blue" })).toEqual([
      { questionId: "colour", code: "unknown_question", message: "This survey has no question 'colour'" },
    ]);
  });

  it("rejects answers that are not an object keyed by question id", () => {
    expect(issuesOf(["ok"])).toEqual([
      { questionId: "", code: "invalid_answers", message: "Answers must be an object keyed by question id" },
    ]);
  });

  it("rejects a list for a question that takes one answer", () => {
    expect(issuesOf({ feel: ["ok", "safe"] })).toEqual([
      { questionId: "feel", code: "wrong_type", message: "Choose one answer" },
    ]);
  });

  it("rejects a number for a text question", () => {
    expect(issuesOf({ why: 42 })).toEqual([
      { questionId: "why", code: "wrong_type", message: "Answer must be text" },
    ]);
  });

  it("rejects an option the question does not offer", () => {
    expect(issuesOf({ feel: "brilliant" })).toEqual([
      {
        questionId: "feel",
        code: "option_not_offered",
        message: '"brilliant" is not one of the choices for this question',
      },
    ]);
  });

  it("rejects a place the question does not offer", () => {
    expect(issuesOf({ where: ["town-centre"] })[0]?.code).toBe("option_not_offered");
  });

  it("accepts the engine's yes, no and unsure for a yes-no-unsure question", () => {
    for (const tell of ["yes", "no", "unsure"]) expect(validateAnswers(survey, { tell }).ok).toBe(true);
  });

  it("accepts I don't know and I'd rather not say when the question allows them", () => {
    expect(validateAnswers(survey, { feel: "dont-know", helps: ["prefer-not-to-say"] }).ok).toBe(true);
  });

  it("rejects I don't know when the question turned it off", () => {
    expect(issuesOf({ tell: "dont-know" })[0]?.code).toBe("option_not_offered");
  });

  it("accepts a single value for a several-answer question, as a form with one box ticked sends", () => {
    expect(validateAnswers(survey, { where: "park" })).toEqual({ ok: true, answers: { where: ["park"] } });
  });

  it("rejects more than three choices for a top-three question", () => {
    expect(issuesOf({ helps: ["a", "b", "c", "d"] })).toEqual([
      { questionId: "helps", code: "too_many_choices", message: "Choose up to 3 answers" },
    ]);
  });

  it("rejects more choices than maxChoices", () => {
    expect(issuesOf({ tell: "yes", who: ["parent", "teacher", "friend"] })[0]?.code).toBe("too_many_choices");
  });

  it("rejects the same choice twice", () => {
    expect(issuesOf({ where: ["park", "park"] })[0]?.code).toBe("duplicate_choice");
  });

  it("rejects I don't know chosen together with other answers", () => {
    expect(issuesOf({ where: ["park", "dont-know"] })[0]?.code).toBe("conflicting_choices");
  });

  it("rejects text longer than the question allows, saying the limit", () => {
    expect(issuesOf({ why: "x".repeat(201) })).toEqual([
      { questionId: "why", code: "too_long", message: "Answer must be 200 characters or fewer" },
    ]);
    expect(issuesOf({ more: "x".repeat(21) })[0]?.message).toBe("Answer must be 20 characters or fewer");
  });

  it("counts an emoji as one character", () => {
    expect(validateAnswers(survey, { more: "😀".repeat(20) }).ok).toBe(true);
  });

  it("rejects an answer to a question its showIf hides", () => {
    expect(issuesOf({ tell: "no", who: ["parent"] })).toEqual([
      {
        questionId: "who",
        code: "hidden_question",
        message: "This question is not asked after your earlier answers, so it can't be answered",
      },
    ]);
  });

  it("gives one issue per question, for every refused question", () => {
    const issues = issuesOf({ feel: "nope", why: 1, extra: "x" });
    expect(issues.map((i) => i.questionId).sort()).toEqual(["extra", "feel", "why"]);
  });
});
