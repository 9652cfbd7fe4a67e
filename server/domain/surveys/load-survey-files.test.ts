import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { findSurveyFiles, loadSurveyFiles, validateSurveyFiles } from "./load-survey-files";

const surveysDir = fileURLToPath(new URL("../../../surveys/", import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "heard-surveys-"));
});

describe("validateSurveyFiles", () => {
  it("reports a file it cannot read", async () => {
    const file = join(dir, "gone.json");
    expect(await validateSurveyFiles([file])).toEqual([
      { file, path: "", message: "Can't read the file (ENOENT); check it exists and is readable" },
    ]);
  });

  it("reports invalid JSON with its line and column", async () => {
    const file = join(dir, "bad.json");
    await writeFile(file, '{\n  "id": "bad",\n  "version": 1,\n}\n');
    const [problem] = await validateSurveyFiles([file]);
    expect(problem?.message).toMatch(/^Invalid JSON at line 4, column 1: /);
  });

  it("reports an empty file", async () => {
    const file = join(dir, "empty.json");
    await writeFile(file, "");
    expect((await validateSurveyFiles([file]))[0]?.message).toBe(
      "The file is empty: a survey file is a JSON object { ... }",
    );
  });

  it("accepts a file that starts with a byte-order mark", async () => {
    const file = join(dir, "quick-feedback.json");
    await writeFile(file, `\uFEFF${await readFile(join(surveysDir, "quick-feedback.json"), "utf8")}`);
    expect(await validateSurveyFiles([file])).toEqual([]);
  });

  it("reports a survey id used by two files", async () => {
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "b"));
    const [a, b] = [join(dir, "a", "quick-feedback.json"), join(dir, "b", "quick-feedback.json")];
    await copyFile(join(surveysDir, "quick-feedback.json"), a);
    await copyFile(join(surveysDir, "quick-feedback.json"), b);
    const { surveys, problems } = await loadSurveyFiles([a, b]);
    expect(surveys).toHaveLength(2);
    expect(problems).toEqual([
      { file: b, path: "id", message: `Survey id "quick-feedback" is also used by ${a}; ids must be unique` },
    ]);
  });
});

describe("findSurveyFiles", () => {
  it("skips framework.json, schema.json and the locales folder", async () => {
    await mkdir(join(dir, "locales"));
    for (const name of ["framework.json", "schema.json", "one.json", "locales/cy.json", "notes.txt"]) {
      await writeFile(join(dir, name), "{}");
    }
    expect(await findSurveyFiles([dir])).toEqual({ files: [join(dir, "one.json")], problems: [] });
  });

  it("reports a path that does not exist", async () => {
    const missing = join(dir, "nope");
    expect((await findSurveyFiles([missing])).problems).toEqual([
      { file: missing, path: "", message: "No such file or folder; check the path" },
    ]);
  });
});
