import { frameworkIds } from "../surveys/bundled-framework";
import {
  type DoneAction,
  type PublicationContent,
  READERS,
  type Reader,
  type SaidTheme,
} from "./publication-content";

/** The reader a page is for (`?for=`), adults when not given or not known. */
export function readerOf(value: string | undefined): Reader {
  return (READERS as readonly string[]).includes(value ?? "") ? (value as Reader) : "adult";
}

/** A harm and an outcome to narrow the page to, each kept only when it is a framework id. */
export type ContentFilter = { harm?: string; outcome?: string };

export function filterOf(query: { harm?: string; outcome?: string }): ContentFilter {
  const harm = frameworkIds.harms.includes(query.harm ?? "") ? query.harm : undefined;
  const outcome = frameworkIds.outcomes.includes(query.outcome ?? "") ? query.outcome : undefined;
  return { ...(harm ? { harm } : {}), ...(outcome ? { outcome } : {}) };
}

/** One theme from "You said" with the actions answering it. */
export type ThemeWithActions = { theme: SaidTheme; actions: DoneAction[] };

/**
 * What the page shows after filtering: themes (with their actions) and the actions that answer no
 * theme shown. Filtering only hides rows of the frozen snapshot; it never counts anything again.
 */
export function shownContent(
  content: PublicationContent,
  filter: ContentFilter,
): { themes: ThemeWithActions[]; otherActions: DoneAction[] } {
  const themeMatches = (t: SaidTheme) =>
    (!filter.harm || t.harms.includes(filter.harm)) &&
    (!filter.outcome || t.outcomes.includes(filter.outcome));
  const actionMatches = (a: DoneAction) =>
    (!filter.harm || a.harms.includes(filter.harm)) &&
    (!filter.outcome || a.outcomes.includes(filter.outcome));
  const themes = content.youSaid.themes.filter(themeMatches);
  const actions = content.weDid.actions.filter(actionMatches);
  const shownIds = new Set(themes.map((t) => t.id));
  return {
    themes: themes.map((theme) => ({ theme, actions: actions.filter((a) => a.themes.includes(theme.id)) })),
    otherActions: actions.filter((a) => !a.themes.some((id) => shownIds.has(id))),
  };
}

/**
 * An action's title and children's summary in `locale` when an officer translated them, else the
 * English; each with its language, so a page can mark English text inside a Polish page (WCAG 3.1.2).
 */
export function actionText(
  action: DoneAction,
  locale: string,
): { title: string; titleLang: string; childSummary: string; summaryLang: string } {
  const own = action.translations[locale];
  return {
    title: own?.title || action.title,
    titleLang: own?.title ? locale : "en",
    childSummary: own?.childSummary || action.childSummary,
    summaryLang: own?.childSummary ? locale : "en",
  };
}
