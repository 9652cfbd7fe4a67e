// Regenerates surveys/schema.json from the zod survey schema: `npx tsx scripts/generate-survey-json-schema.ts`.
import { writeFile } from "node:fs/promises";
import { surveyJsonSchemaText } from "../server/domain/surveys/survey-json-schema";

const target = new URL("../surveys/schema.json", import.meta.url);
await writeFile(target, surveyJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
