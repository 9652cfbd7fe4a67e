import { z } from "zod";
import { surveySchema } from "./survey-schema";

/**
 * JSON Schema for survey files, so editors complete and check them as authors type. Draft-07 because
 * editors support it most widely. It covers field shapes only; `heard surveys validate` also checks the
 * cross-field rules (unique ids, showIf order, ...).
 */
export function surveyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(surveySchema, { io: "input", target: "draft-7" });
  return {
    ...schema,
    title: "Heard survey",
    description: "A survey file (surveys/<id>.json). Run `heard surveys validate` for the full checks.",
  };
}

/** The JSON Schema as the text committed in `surveys/schema.json`. */
export function surveyJsonSchemaText(): string {
  return `${JSON.stringify(surveyJsonSchema(), null, 2)}\n`;
}
