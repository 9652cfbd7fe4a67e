import type { Db } from "../../../db/db";
import { type AnswerKey, answerTarget, codesOf, harmReviewsOf } from "../../../db/queries/coding";
import { type ListedAnswer, listFreeTextAnswers } from "../../../db/queries/responses-listing";
import type { Theme } from "../../../db/queries/themes";
import { encodeCursor } from "../../../domain/themes/listing-cursor";
import { type HarmStatus, harmStatuses, suggestThemes } from "../../../domain/themes/suggest-themes";
import { type ListingQuery, toListingFilter } from "./listing-query";

/** A theme as an answer shows it. */
export type ThemeRef = { id: string; label: string };

/** One free-text answer with everything an analyst needs to code it. */
export type AnswerCard = Omit<ListedAnswer, "suggestedHarms"> & {
  themes: ThemeRef[];
  harms: HarmStatus[];
  suggestedThemes: ThemeRef[];
};

const ref = (theme: Theme): ThemeRef => ({ id: theme.id, label: theme.label });

/** The analyst's view of the answers in `keys`-order rows: applied themes, harms and suggestions. */
export async function cardsFor(db: Db, rows: readonly ListedAnswer[], themes: readonly Theme[]) {
  const keys: AnswerKey[] = rows.map((r) => ({ responseId: r.responseId, questionId: r.questionId }));
  const [codes, reviews] = await Promise.all([codesOf(db, keys), harmReviewsOf(db, keys)]);
  const byId = new Map(themes.map((t) => [t.id, t]));
  return rows.map(({ suggestedHarms, ...row }): AnswerCard => {
    const applied = codes.get(answerTarget(row)) ?? [];
    const harms = harmStatuses(suggestedHarms, reviews.get(answerTarget(row)) ?? []);
    return {
      ...row,
      themes: applied.flatMap((id) => {
        const theme = byId.get(id);
        return theme ? [ref(theme)] : [];
      }),
      harms,
      suggestedThemes: suggestThemes(themes, harms, applied).map(ref),
    };
  });
}

/** One page of the responses list and the cursor of the next. */
export async function loadAnswers(db: Db, query: ListingQuery, themes: readonly Theme[]) {
  const page = await listFreeTextAnswers(db, toListingFilter(query, themes));
  return { answers: await cardsFor(db, page.rows, themes), next: page.next ? encodeCursor(page.next) : null };
}
