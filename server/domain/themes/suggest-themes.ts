/** An analyst's decision on one harm for one answer. */
export type HarmDecision = "accepted" | "rejected";

/** A harm on an answer: whether the analysis suggested it, and what an analyst decided (null: not yet). */
export type HarmStatus = { id: string; suggested: boolean; decision: HarmDecision | null };

/** What suggestion needs to know of a theme. */
export type ThemeForSuggestion = { id: string; harms: readonly string[]; retired: boolean };

/**
 * Every harm on an answer: the analysis' suggestions in its order, then harms an analyst added by
 * accepting them without a suggestion.
 */
export function harmStatuses(
  suggested: readonly string[] | null,
  reviews: readonly { harm: string; decision: HarmDecision }[],
): HarmStatus[] {
  const decided = new Map(reviews.map((r) => [r.harm, r.decision]));
  const fromAnalysis = (suggested ?? []).map((id) => ({
    id,
    suggested: true,
    decision: decided.get(id) ?? null,
  }));
  const added = reviews
    .filter((r) => r.decision === "accepted" && !(suggested ?? []).includes(r.harm))
    .map((r) => ({ id: r.harm, suggested: false, decision: r.decision }));
  return [...fromAnalysis, ...added];
}

/** The harms that stand: accepted, or suggested and not (yet) rejected. */
export function standingHarms(statuses: readonly HarmStatus[]): string[] {
  return statuses
    .filter((h) => h.decision === "accepted" || (h.suggested && h.decision === null))
    .map((h) => h.id);
}

/**
 * Themes worth offering for an answer: live themes linked to a harm that stands on it, not already
 * applied. A rejected suggestion stops suggesting its themes; the analyst still decides.
 */
export function suggestThemes<T extends ThemeForSuggestion>(
  themes: readonly T[],
  statuses: readonly HarmStatus[],
  applied: readonly string[],
): T[] {
  const harms = new Set(standingHarms(statuses));
  if (harms.size === 0) return [];
  return themes.filter((t) => !t.retired && !applied.includes(t.id) && t.harms.some((h) => harms.has(h)));
}
