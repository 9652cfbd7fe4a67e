import type { Survey } from "../../domain/surveys/survey-schema";
import type { Db } from "../db";
import { surveys } from "../schema";

const recorded = new WeakMap<Db, Promise<void>>();

/**
 * Makes sure every bundled survey version is in the `surveys` table, so any stored response can be
 * read with the exact questions it answered. Done once per database client, not on every submission:
 * a definition is kilobytes of JSON the hot path need not rewrite.
 */
export function recordSurveyVersions(db: Db, list: readonly Survey[]): Promise<void> {
  let done = recorded.get(db);
  if (!done) {
    const [first, ...rest] = list.map((survey) =>
      db
        .insert(surveys)
        .values({
          id: survey.id,
          version: survey.version,
          title: survey.title,
          audience: survey.audience,
          definition: survey,
        })
        .onConflictDoNothing(),
    );
    done = first ? db.batch([first, ...rest]).then(() => undefined) : Promise.resolve();
    // A failure must not be cached: the next request tries again.
    done.catch(() => recorded.delete(db));
    recorded.set(db, done);
  }
  return done;
}
