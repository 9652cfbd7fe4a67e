import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Officer text that may be offered in other languages: `{ pl: { title: "…" } }`; English is the column. */
export type Translations = Record<string, Record<string, string>>;

/**
 * "We did": something the partnership does in answer to what children said. Owned by a team, never
 * a named person, because actions are published.
 */
export const actions = sqliteTable(
  "actions",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    // The words the children's version uses: short and plain.
    childSummary: text("child_summary").notNull(),
    agency: text("agency", {
      enum: ["council", "health", "police", "education", "voluntary-sector", "partnership"],
    }).notNull(),
    owningTeam: text("owning_team").notNull(),
    status: text("status", { enum: ["planned", "in-progress", "done"] })
      .notNull()
      .default("planned"),
    startOn: text("start_on"),
    dueOn: text("due_on"),
    doneOn: text("done_on"),
    themes: text("themes", { mode: "json" }).$type<string[]>().notNull().default([]),
    outcomes: text("outcomes", { mode: "json" }).$type<string[]>().notNull().default([]),
    translations: text("translations", { mode: "json" }).$type<Translations>().notNull().default({}),
    addedOn: text("added_on").notNull().default(sql`(date('now'))`),
    updatedOn: text("updated_on").notNull().default(sql`(date('now'))`),
  },
  (t) => [index("actions_by_status").on(t.status, t.dueOn)],
);

/** A dated progress note on an action (officer text; may be published with the action). */
export const actionUpdates = sqliteTable(
  "action_updates",
  {
    id: text("id").primaryKey(),
    actionId: text("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    writtenOn: text("written_on").notNull(),
    note: text("note").notNull(),
    authorId: text("author_id").notNull(),
  },
  (t) => [index("action_updates_by_action").on(t.actionId, t.writtenOn)],
);

/**
 * A short, redacted excerpt of an answer an analyst approved (or rejected) for publishing under a
 * theme. Only approved quotes are ever published, and at most three per theme.
 */
export const quotes = sqliteTable(
  "quotes",
  {
    id: text("id").primaryKey(),
    responseId: text("response_id").notNull(),
    questionId: text("question_id").notNull(),
    themeId: text("theme_id").notNull(),
    text: text("text").notNull(),
    status: text("status", { enum: ["approved", "rejected"] }).notNull(),
    decidedBy: text("decided_by").notNull(),
    decidedOn: text("decided_on").notNull(),
  },
  (t) => [
    uniqueIndex("quotes_once_per_theme").on(t.responseId, t.questionId, t.themeId),
    index("quotes_by_theme").on(t.themeId, t.status),
  ],
);

/**
 * A "you said, we did" publication. Each version is a frozen snapshot (`content`, already
 * suppressed with `k`): a published version never changes, later edits make a new version, and every
 * version keeps its address.
 */
export const publications = sqliteTable(
  "publications",
  {
    id: text("id").notNull(),
    version: integer("version").notNull(),
    periodFrom: text("period_from").notNull(),
    periodTo: text("period_to").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    content: text("content", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    k: integer("k").notNull(),
    createdBy: text("created_by").notNull(),
    createdOn: text("created_on").notNull(),
    publishedOn: text("published_on"),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    index("publications_by_published").on(t.status, t.publishedOn),
  ],
);
