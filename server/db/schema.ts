import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Every version of every survey definition a response was ever given against, so an old response
 * can always be read with the questions it answered, even after the file in `surveys/` changes.
 */
export const surveys = sqliteTable(
  "surveys",
  {
    id: text("id").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    audience: text("audience").notNull(),
    definition: text("definition", { mode: "json" }).notNull(),
    status: text("status", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    addedOn: text("added_on").notNull().default(sql`(date('now'))`),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/**
 * One submitted survey. Deliberately holds nothing that could identify the person who answered:
 * no address, user agent, draft id or time of day (only the date).
 */
export const responses = sqliteTable(
  "responses",
  {
    id: text("id").primaryKey(),
    surveyId: text("survey_id").notNull(),
    surveyVersion: integer("survey_version").notNull(),
    audience: text("audience").notNull(),
    locale: text("locale").notNull(),
    submittedOn: text("submitted_on").notNull(),
    status: text("status", { enum: ["submitted", "withdrawn"] })
      .notNull()
      .default("submitted"),
    // SHA-256 of the receipt code: a copy of the database cannot be used to look anyone's response up.
    receiptHash: text("receipt_hash").notNull(),
    // The event a shared-device (kiosk) link was made for, e.g. "Youth club open evening".
    eventLabel: text("event_label"),
  },
  (t) => [
    index("responses_by_survey_day").on(t.surveyId, t.submittedOn),
    uniqueIndex("responses_by_receipt").on(t.receiptHash),
  ],
);

/** One answer to one question; `value` is the JSON of a string or an array of strings. */
export const answers = sqliteTable(
  "answers",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: text("value", { mode: "json" }).$type<string | string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/**
 * A survey in progress, so the journey works with JavaScript off. Keyed by a random id held in an
 * HttpOnly cookie; deleted on submit or quick exit, and useless after 2 idle hours.
 */
export const drafts = sqliteTable(
  "drafts",
  {
    id: text("id").primaryKey(),
    surveyId: text("survey_id").notNull(),
    surveyVersion: integer("survey_version").notNull(),
    locale: text("locale").notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, string | string[]>>().notNull(),
    // Set for a shared-device (kiosk) journey; "" when the kiosk link named no event.
    kioskEvent: text("kiosk_event"),
    // Milliseconds since the epoch; only to expire the draft, never copied into the response.
    touchedAt: integer("touched_at").notNull(),
  },
  (t) => [index("drafts_by_age").on(t.touchedAt)],
);
