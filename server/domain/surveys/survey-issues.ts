import type { z } from "zod";
import { formatJsonPath } from "./json-path";

/** One thing to fix in a survey file: where (`questions[3].options[1].value`) and what to do. */
export type SurveyProblem = { path: string; message: string };

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list [ ... ]",
  object: "an object { ... }",
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `text ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue): SurveyProblem[] {
  const path = formatJsonPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: formatJsonPath([...issue.path, key]),
      message: `Unknown field "${key}": check the spelling, or remove it`,
    }));
  }
  if (issue.code === "invalid_type") {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    // Zod only keeps `input` when parsing with reportInput; without it, fall back to its own message.
    if (!("input" in issue)) return [{ path, message: issue.message }];
    if (issue.input === undefined) {
      const field = issue.path.at(-1);
      const name = typeof field === "string" ? `"${field}"` : "a value";
      return [{ path, message: `Missing ${name}: add it (${expected})` }];
    }
    return [{ path, message: `Expected ${expected}, found ${describeValue(issue.input)}` }];
  }
  return [{ path, message: issue.message }];
}

/** Turns zod issues into problems a survey author can act on, one per thing to fix. */
export function describeSurveyIssues(issues: readonly z.core.$ZodIssue[]): SurveyProblem[] {
  return issues.flatMap(describeIssue);
}
