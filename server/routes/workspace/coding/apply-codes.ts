import type { Db } from "../../../db/db";
import {
  type AnswerKey,
  answerTarget,
  changeCodes,
  codableAnswers,
  codesOf,
} from "../../../db/queries/coding";
import type { Actor, Theme } from "../../../db/queries/themes";

/** Why a coding change could not be made; the caller words it for a person. */
export type CodingRefusal = "no-answer" | "no-theme" | "retired-theme";

/**
 * Sets one answer's themes to `wanted`: adds the missing, removes the rest, auditing each change.
 * Only live themes can be added; a retired theme already applied may stay or go.
 */
export async function setAnswerThemes(
  db: Db,
  key: AnswerKey,
  wanted: readonly string[],
  themes: readonly Theme[],
  actor: Actor,
): Promise<{ themeIds: string[] } | { refused: CodingRefusal }> {
  if (!(await codableAnswers(db, [key])).has(answerTarget(key))) return { refused: "no-answer" };
  const current = (await codesOf(db, [key])).get(answerTarget(key)) ?? [];
  const byId = new Map(themes.map((t) => [t.id, t]));
  const add = [...new Set(wanted)].filter((id) => !current.includes(id));
  for (const id of add) {
    const theme = byId.get(id);
    if (!theme) return { refused: "no-theme" };
    if (theme.retired) return { refused: "retired-theme" };
  }
  const remove = current.filter((id) => !wanted.includes(id));
  if (add.length + remove.length > 0) await changeCodes(db, [{ key, change: { add, remove } }], actor);
  return { themeIds: [...current.filter((id) => !remove.includes(id)), ...add] };
}

/** Applies one live theme to many answers (all must exist); answers already coded with it are left as they are. */
export async function applyThemeToAnswers(
  db: Db,
  keys: readonly AnswerKey[],
  theme: Theme | undefined,
  actor: Actor,
): Promise<{ applied: number; alreadyCoded: number } | { refused: CodingRefusal; missing?: number[] }> {
  if (!theme) return { refused: "no-theme" };
  if (theme.retired) return { refused: "retired-theme" };
  const unique = [...new Map(keys.map((k) => [answerTarget(k), k])).values()];
  const found = await codableAnswers(db, unique);
  const missing = keys.flatMap((k, i) => (found.has(answerTarget(k)) ? [] : [i]));
  if (missing.length > 0) return { refused: "no-answer", missing };
  const codes = await codesOf(db, unique);
  const todo = unique.filter((k) => !(codes.get(answerTarget(k)) ?? []).includes(theme.id));
  if (todo.length > 0) {
    await changeCodes(
      db,
      todo.map((key) => ({ key, change: { add: [theme.id], remove: [] } })),
      actor,
      { bulk: true },
    );
  }
  return { applied: todo.length, alreadyCoded: unique.length - todo.length };
}
