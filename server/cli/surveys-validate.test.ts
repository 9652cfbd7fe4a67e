import { describe, expect, it } from "vitest";
import { surveysValidate } from "./surveys-validate";

const FIXTURES = "tests/fixtures/surveys-broken";

/** Runs the command, capturing what it prints. */
async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await surveysValidate(
    args,
    { write: (s: string) => (out += s) },
    { write: (s: string) => (err += s) },
  );
  return { code, out, err };
}

describe("heard surveys validate", () => {
  it("passes the bundled surveys by default", async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    expect(out).toBe("6 survey files checked, no problems\n");
  });

  it.each([
    ["bad-json", "Invalid JSON at line 4, column 3: Expected ',' or '}' after property value"],
    ["missing-title", 'title: Missing "title": add it (text)'],
    [
      "unknown-question-type",
      'questions[1].type: Unknown question type "slider". Use one of: emoji-scale, scale, single,',
    ],
    ["duplicate-question-id", 'questions[2].id: Question id "feel-safe" is already used by questions[0]'],
    [
      "show-if-later-question",
      'questions[1].showIf.question: showIf refers to question "who", which comes later (questions[2])',
    ],
    [
      "show-if-unknown-question",
      'questions[2].showIf.question: showIf refers to question "tell-somone", which this survey does not have; did you mean "tell-someone"?',
    ],
    [
      "show-if-value-not-offered",
      'questions[2].showIf.equals: "maybe" is not an answer question "tell-someone" offers',
    ],
    [
      "unknown-outcome-id",
      'questions[0].outcomes[0]: Unknown outcome "prevent.everything". Use one of: prepare.systems,',
    ],
    ["unknown-place", 'questions[3].places[1]: Unknown place "moon"'],
    [
      "emoji-scale-four-options",
      "questions[0].options: An emoji-scale needs exactly 3 or 5 options (one per face), not 4",
    ],
    [
      "reserved-option-value",
      'questions[2].options[2].value: "dont-know" is reserved: Heard adds "I don\'t know"',
    ],
    [
      "duplicate-option-value",
      'questions[2].options[2].value: Option value "parent" is already used by options[0]',
    ],
    ["max-choices-too-many", "questions[2].maxChoices: maxChoices is 3 but there are only 2 options"],
    ["unknown-field", 'questions[1].hnit: Unknown field "hnit": check the spelling, or remove it'],
    ["id-does-not-match-file-name", 'id: Survey id "some-other-id" does not match the file name'],
  ])("explains %s", async (name, message) => {
    const file = `${FIXTURES}/${name}.json`;
    const { code, out } = await run([file]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toContain(`${file}: ${message}`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("1 problem in 1 file (1 survey file checked)");
  });

  it("checks every file in a folder and summarises", async () => {
    const { code, out } = await run([FIXTURES]);
    expect(code).toBe(1);
    expect(out.trimEnd().split("\n").at(-1)).toBe("15 problems in 15 files (15 survey files checked)");
  });

  it("reports a path that does not exist", async () => {
    const { code, out } = await run(["surveys/nope.json"]);
    expect(code).toBe(1);
    expect(out).toContain("surveys/nope.json: No such file or folder; check the path\n");
  });

  it("refuses an unknown option with usage on stderr", async () => {
    const { code, err } = await run(["--fix"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^heard surveys validate: unknown option '--fix'/);
  });
});
