import { nameKind } from "../analysis/redaction/name-lexicon";

/** Why some public text was refused: it holds an email address, or reads like a person's name. */
export type PersonProblem = "email" | "person";

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/u;
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * The simple rule for a team's name, explained in the form's hint: no email address, and no
 * "Firstname Lastname" (a capitalised first name from the name lists followed by a capitalised word).
 * "Youth Justice Service" and "Early Help" pass; "Sam Jones" and "Early Help (Sam Jones)" do not.
 */
export function personIn(text: string): PersonProblem | undefined {
  if (EMAIL.test(text) || text.includes("@")) return "email";
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] ?? "";
    const next = words[i + 1] ?? "";
    if (!CAPITALISED.test(first) || !CAPITALISED.test(next)) continue;
    const kind = nameKind(first);
    if (kind === "clear" || kind === "word") return "person";
  }
  return undefined;
}

/** Whether text meant for the public holds an email address (checked on every published field). */
export function hasEmail(text: string): boolean {
  return EMAIL.test(text);
}
