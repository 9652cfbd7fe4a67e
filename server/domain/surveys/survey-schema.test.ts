import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { describeSurveyIssues } from "./survey-issues";
import { surveySchema } from "./survey-schema";
import { testSurvey } from "./test-survey";

const surveysDir = new URL("../../../surveys/", import.meta.url);
const NOT_SURVEYS = ["framework.json", "schema.json"];

// biome-ignore lint/suspicious/noExplicitAny: these tests deliberately bend a survey into invalid shapes.
type LooseSurvey = Record<string, any>;

/** Problems for a copy of the test survey changed by `edit`. */
function problemsAfter(edit: (survey: LooseSurvey) => void) {
  const survey: LooseSurvey = structuredClone(testSurvey());
  edit(survey);
  const parsed = surveySchema.safeParse(survey, { reportInput: true });
  return parsed.success ? [] : describeSurveyIssues(parsed.error.issues);
}

describe("surveySchema", () => {
  it("accepts every bundled survey file", async () => {
    const files = (await readdir(surveysDir)).filter((f) => f.endsWith(".json") && !NOT_SURVEYS.includes(f));
    expect(files).toHaveLength(6);
    for (const file of files) {
      const json = JSON.parse(await readFile(new URL(file, surveysDir), "utf8"));
      const parsed = surveySchema.safeParse(json, { reportInput: true });
      expect(parsed.success ? [] : describeSurveyIssues(parsed.error.issues), file).toEqual([]);
    }
  });

  it("fills in defaults: I don't know and I'd rather not say on, text limits 200 and 1000", () => {
    const survey = testSurvey();
    const feel = survey.questions[0];
    expect(feel?.type === "emoji-scale" && [feel.allowDontKnow, feel.allowPreferNotToSay]).toEqual([
      true,
      true,
    ]);
    const why = survey.questions.find((q) => q.id === "why");
    expect(why?.type === "text" && why.maxLength).toBe(200);
  });

  it("rejects a scale without exactly five options", () => {
    expect(
      problemsAfter((s) => {
        s.questions[0].type = "scale";
      }),
    ).toEqual([
      { path: "questions[0].options", message: "A scale needs exactly 5 options, ordered worst to best" },
    ]);
  });

  it("rejects a single-choice question with one option", () => {
    expect(
      problemsAfter((s) => {
        s.questions[4].type = "single";
        s.questions[4].options = [{ value: "a", label: "A" }];
      }),
    ).toEqual([{ path: "questions[4].options", message: "Give at least 2 options" }]);
  });

  it("rejects options on a free-text question as an unknown field", () => {
    expect(
      problemsAfter((s) => {
        s.questions[5].options = [];
      }),
    ).toEqual([
      { path: "questions[5].options", message: 'Unknown field "options": check the spelling, or remove it' },
    ]);
  });

  it("rejects a text limit over 500 characters", () => {
    expect(
      problemsAfter((s) => {
        s.questions[5].maxLength = 600;
      }),
    ).toEqual([{ path: "questions[5].maxLength", message: "A text answer can be at most 500 characters" }]);
  });

  it("rejects a question id that is not kebab-case", () => {
    expect(
      problemsAfter((s) => {
        s.questions[0].id = "Feel Safe";
      })[0]?.message,
    ).toMatch(/kebab-case/);
  });

  it("rejects includes on a question that takes one answer", () => {
    expect(
      problemsAfter((s) => {
        s.questions[2].showIf = { question: "tell", includes: "yes" };
      }),
    ).toEqual([
      {
        path: "questions[2].showIf.includes",
        message: 'Question "tell" has one answer; use "equals" or "in" instead of "includes"',
      },
    ]);
  });

  it("rejects matching a free-text answer against a value", () => {
    expect(
      problemsAfter((s) => {
        s.questions[6].showIf = { question: "why", equals: "dark" };
      })[0]?.message,
    ).toMatch(/free text, so its answer can't be matched; use \{ "question": "why", "answered": true \}/);
  });

  it("rejects a question outcome the survey does not list", () => {
    expect(
      problemsAfter((s) => {
        s.questions[0].outcomes = ["pursue.offending"];
      }),
    ).toEqual([
      {
        path: "questions[0].outcomes[0]",
        message: `Outcome "pursue.offending" is not in the survey's "outcomes"; add it there or remove it here`,
      },
    ]);
  });

  it("explains a showIf with a misspelt test", () => {
    expect(
      problemsAfter((s) => {
        s.questions[2].showIf = { all: [{ question: "tell", equal: "yes" }] };
      }),
    ).toEqual([
      {
        path: "questions[2].showIf",
        message: 'all[0]: A condition on a question needs one test: "equals", "in", "includes" or "answered"',
      },
    ]);
  });

  it("rejects an unknown owner agency, listing the valid ones", () => {
    expect(
      problemsAfter((s) => {
        s.ownerAgency = "fire-service";
      })[0]?.message,
    ).toBe(
      'Unknown owner agency "fire-service". Use one of: council, health, police, education, voluntary-sector, partnership',
    );
  });
});
