// Node-only: reads survey files from disk for the CLI and for self-hosters' own surveys.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseJsonText } from "./parse-json-text";
import { describeSurveyIssues } from "./survey-issues";
import { type Survey, surveySchema } from "./survey-schema";

/** One problem in one survey file; `path` is a JSON path (`questions[3].options[1].value`), empty for the whole file. */
export type SurveyFileProblem = { file: string; path: string; message: string };

/** Files in a surveys folder that are not surveys. */
const NOT_SURVEYS = new Set(["framework.json", "schema.json"]);
/** Folders in a surveys folder that hold no surveys (translations live in locales/). */
const NOT_SURVEY_FOLDERS = new Set(["locales", "node_modules"]);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = join(dir, entry.name);
      if (entry.name.startsWith(".")) return [];
      if (entry.isDirectory()) return NOT_SURVEY_FOLDERS.has(entry.name) ? [] : walk(full);
      return entry.name.endsWith(".json") && !NOT_SURVEYS.has(entry.name) ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

/** Expands files and folders into survey files; a path that does not exist is a problem, not a crash. */
export async function findSurveyFiles(targets: readonly string[]) {
  const files: string[] = [];
  const problems: SurveyFileProblem[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) problems.push({ file: target, path: "", message: "No such file or folder; check the path" });
    else if (info.isDirectory()) files.push(...(await walk(target)));
    else files.push(target);
  }
  return { files, problems };
}

/** Reads, parses and validates one survey file. */
export async function loadSurveyFile(
  file: string,
): Promise<{ survey?: Survey; problems: SurveyFileProblem[] }> {
  const problem = (path: string, message: string): SurveyFileProblem => ({ file, path, message });
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return { problems: [problem("", `Can't read the file (${code}); check it exists and is readable`)] };
  }
  const json = parseJsonText(text);
  if (!json.ok) return { problems: [problem("", json.message)] };
  if (typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) {
    return { problems: [problem("", "A survey file must be a JSON object { ... }")] };
  }
  const parsed = surveySchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) {
    return { problems: describeSurveyIssues(parsed.error.issues).map((p) => problem(p.path, p.message)) };
  }
  const expected = basename(file, ".json");
  if (parsed.data.id !== expected) {
    const message = `Survey id "${parsed.data.id}" does not match the file name; rename the file to ${parsed.data.id}.json or set "id" to "${expected}"`;
    return { survey: parsed.data, problems: [problem("id", message)] };
  }
  return { survey: parsed.data, problems: [] };
}

/** Loads survey files; ids must be unique across them, since responses are stored by survey id. */
export async function loadSurveyFiles(files: readonly string[]) {
  const results = await Promise.all(files.map(async (file) => ({ file, ...(await loadSurveyFile(file)) })));
  const problems = results.flatMap((r) => r.problems);
  const firstFile = new Map<string, string>();
  for (const { file, survey } of results) {
    if (!survey) continue;
    const other = firstFile.get(survey.id);
    if (other)
      problems.push({
        file,
        path: "id",
        message: `Survey id "${survey.id}" is also used by ${other}; ids must be unique`,
      });
    else firstFile.set(survey.id, file);
  }
  const surveys = results.flatMap((r) => (r.survey && r.problems.length === 0 ? [r.survey] : []));
  return { surveys, problems };
}

/** Every problem in the given survey files: unreadable, invalid JSON (with line and column), or not a valid survey. */
export async function validateSurveyFiles(paths: string[]): Promise<SurveyFileProblem[]> {
  return (await loadSurveyFiles(paths)).problems;
}
