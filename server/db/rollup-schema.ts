import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Responses counted per day, survey, audience, locale and channel, kept up to date as responses
 * arrive (summed once per group commit), so reports over millions of responses read a few thousand
 * rows. Only submitted responses count; a withdrawal takes its response back out.
 */
export const responseRollups = sqliteTable(
  "response_rollups",
  {
    day: text("day").notNull(),
    surveyId: text("survey_id").notNull(),
    audience: text("audience").notNull(),
    locale: text("locale").notNull(),
    channel: text("channel").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.surveyId, t.audience, t.locale, t.channel] })],
);

/** Coded answers per day (of the response), theme, survey and audience, kept up to date by coding. */
export const themeRollups = sqliteTable(
  "theme_rollups",
  {
    day: text("day").notNull(),
    themeId: text("theme_id").notNull(),
    surveyId: text("survey_id").notNull(),
    audience: text("audience").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.themeId, t.surveyId, t.audience] })],
);

/** How far each rollup has read the responses table (by rowid), so each response is counted once. */
export const rollupProgress = sqliteTable("rollup_progress", {
  rollup: text("rollup").primaryKey(),
  lastRowid: integer("last_rowid").notNull(),
});
