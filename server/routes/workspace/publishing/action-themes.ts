import type { Db } from "../../../db/db";
import { knownThemeIds } from "../../../db/queries/actions";
import { Problem } from "../../../http/problem";

/** Refuses theme ids that are not in the codebook, naming each one, so an action links only real themes. */
export async function checkThemes(db: Db, ids: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!ids) return undefined;
  const unique = [...new Set(ids)];
  const known = await knownThemeIds(db, unique);
  const issues = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, i }) => ({ path: `themes.${i}`, message: `There is no theme "${id}" in the codebook.` }));
  if (issues.length > 0)
    throw new Problem(400, "invalid_request", "Some themes are not in the codebook.", issues);
  return unique;
}
