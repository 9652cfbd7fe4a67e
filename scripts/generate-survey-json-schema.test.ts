import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { surveyJsonSchema } from "../server/domain/surveys/survey-json-schema";

describe("surveys/schema.json", () => {
  // Compared as data, not text, so a formatter touching the file does not fail the build.
  it("matches what scripts/generate-survey-json-schema.ts generates (run it after changing the schema)", async () => {
    const committed = JSON.parse(await readFile(new URL("../surveys/schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(surveyJsonSchema());
  });

  it("lets survey files name it as their $schema", () => {
    expect(JSON.stringify(surveyJsonSchema())).toContain('"$schema":{');
  });
});
