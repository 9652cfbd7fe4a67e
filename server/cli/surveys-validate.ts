import { findSurveyFiles, validateSurveyFiles } from "../domain/surveys/load-survey-files";

/** Where the command writes; `process.stdout` and test buffers both fit. */
type Writable = { write(chunk: string): unknown };

const usage = `Usage: heard surveys validate [file-or-folder...]

Checks survey files (default: surveys/, skipping framework.json, schema.json and locales/)
and prints every problem as "file: path: what to do". Exits 1 if there is any problem.
`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `heard surveys validate [paths..]`: prints every problem in the survey files and resolves to the exit code. */
export async function surveysValidate(
  args: string[],
  out: Writable = process.stdout,
  err: Writable = process.stderr,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    out.write(usage);
    return 0;
  }
  const unknownFlag = args.find((a) => a.startsWith("-"));
  if (unknownFlag) {
    err.write(`heard surveys validate: unknown option '${unknownFlag}'\n\n${usage}`);
    return 2;
  }
  const targets = args.length > 0 ? args : ["surveys/"];
  const found = await findSurveyFiles(targets);
  if (found.files.length === 0 && found.problems.length === 0) {
    out.write(`No survey files found in ${targets.join(", ")}\n`);
    return 1;
  }
  const problems = [...found.problems, ...(await validateSurveyFiles(found.files))];
  for (const p of problems)
    out.write(p.path ? `${p.file}: ${p.path}: ${p.message}\n` : `${p.file}: ${p.message}\n`);
  const checked = plural(found.files.length, "survey file");
  if (problems.length === 0) {
    out.write(`${checked} checked, no problems\n`);
    return 0;
  }
  const filesWithProblems = new Set(problems.map((p) => p.file)).size;
  out.write(
    `${plural(problems.length, "problem")} in ${plural(filesWithProblems, "file")} (${checked} checked)\n`,
  );
  return 1;
}
