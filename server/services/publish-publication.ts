import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { listActions } from "../db/queries/actions";
import {
  findVersion,
  insertVersion,
  publicationExists,
  publishDraft,
  replaceDraft,
  versionsOf,
} from "../db/queries/publications";
import { responseGroups, themeCountsIn } from "../db/queries/publications-inputs";
import { quotesInPeriod } from "../db/queries/quotes";
import { type Actor, listThemes } from "../db/queries/themes";
import type { Period } from "../domain/periods/period";
import { buildPublication } from "../domain/publications/build-publication";
import type { DoneAction, PublicationContent } from "../domain/publications/publication-content";
import { frameworkIds } from "../domain/surveys/bundled-framework";
import { bundledSurveys } from "../surveys/bundled-surveys";

/** What an officer chooses for a publication: the period it covers and its title. */
export type PublicationChoice = { period: Period; title: string };
/** Which version a change produced. */
export type VersionRef = { id: string; version: number; status: "draft" | "published" };

/** Reads everything a publication needs for `period` and builds its suppressed snapshot. */
export async function buildSnapshot(
  db: Db,
  config: AppConfig,
  choice: PublicationChoice,
): Promise<PublicationContent> {
  const { period } = choice;
  const [responses, themeCounts, themes, quotes, actions] = await Promise.all([
    responseGroups(db, period),
    themeCountsIn(db, period),
    listThemes(db),
    quotesInPeriod(db, period),
    listActions(db),
  ]);
  return buildPublication({
    period,
    title: choice.title,
    k: config.HEARD_SUPPRESSION_K,
    surveyTitles: Object.fromEntries(bundledSurveys.map((s) => [s.id, s.title])),
    audienceOrder: frameworkIds.audiences,
    responses,
    themes,
    themeCounts,
    quotes,
    actions: actions.map(
      (a): Omit<DoneAction, "harms"> => ({
        id: a.id,
        title: a.title,
        description: a.description,
        childSummary: a.childSummary,
        agency: a.agency,
        owningTeam: a.owningTeam,
        status: a.status,
        startOn: a.startOn,
        dueOn: a.dueOn,
        doneOn: a.doneOn,
        themes: a.themes,
        outcomes: a.outcomes,
        translations: a.translations,
      }),
    ),
  });
}

/** A readable address for a period's publication: `2026-q4`, or `2026-10-01-to-2026-12-31`. */
async function newPublicationId(db: Db, period: Period): Promise<string> {
  const base = period.id.toLowerCase().replace("..", "-to-");
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await publicationExists(db, id))) return id;
  }
}

const rowOf = (content: PublicationContent, choice: PublicationChoice) => ({
  title: choice.title,
  content,
  k: content.k,
  periodFrom: choice.period.from,
  periodTo: choice.period.to,
});

/** Starts a publication: version 1, a draft built from what is stored now. */
export async function createDraft(
  db: Db,
  config: AppConfig,
  choice: PublicationChoice,
  actor: Actor,
): Promise<VersionRef> {
  const content = await buildSnapshot(db, config, choice);
  const id = await newPublicationId(db, choice.period);
  await insertVersion(
    db,
    { id, version: 1, status: "draft", publishedOn: null, ...rowOf(content, choice) },
    actor,
  );
  return { id, version: 1, status: "draft" };
}

/**
 * Rebuilds the draft with today's data (and a new title or period if chosen). When the newest version
 * is already published it stays as it is, and the edit becomes a new draft version.
 */
export async function refreshDraft(
  db: Db,
  config: AppConfig,
  id: string,
  choice: PublicationChoice,
  actor: Actor,
): Promise<VersionRef | undefined> {
  const newest = (await versionsOf(db, id)).at(-1);
  if (!newest) return undefined;
  const content = await buildSnapshot(db, config, choice);
  if (
    newest.status === "draft" &&
    (await replaceDraft(db, id, newest.version, rowOf(content, choice), actor))
  ) {
    return { id, version: newest.version, status: "draft" };
  }
  const version = newest.version + 1;
  await insertVersion(
    db,
    { id, version, status: "draft", publishedOn: null, ...rowOf(content, choice) },
    actor,
  );
  return { id, version, status: "draft" };
}

/**
 * Publishes: the draft exactly as previewed, or, when the newest version is already published, a new
 * version built now. Either way no published version ever changes, and each keeps its address.
 */
export async function publish(
  db: Db,
  config: AppConfig,
  id: string,
  actor: Actor,
): Promise<VersionRef | undefined> {
  const newest = (await versionsOf(db, id)).at(-1);
  if (!newest) return undefined;
  if (newest.status === "draft" && (await publishDraft(db, id, newest.version, actor))) {
    return { id, version: newest.version, status: "published" };
  }
  const previous = await findVersion(db, id, newest.version);
  if (!previous) return undefined;
  const choice = { period: previous.content.period, title: previous.title };
  const content = await buildSnapshot(db, config, choice);
  const version = newest.version + 1;
  const now = new Date();
  await insertVersion(
    db,
    { id, version, status: "published", publishedOn: now.toISOString(), ...rowOf(content, choice) },
    actor,
    now,
  );
  return { id, version, status: "published" };
}
