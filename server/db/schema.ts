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
    // How the answers reached us: typed in online, or entered from a paper form by an officer.
    channel: text("channel", { enum: ["online", "paper"] })
      .notNull()
      .default("online"),
  },
  (t) => [
    // `id` last: the officers' listing pages by (day, id), so a filtered page is one index range.
    index("responses_by_audience_day").on(t.audience, t.submittedOn, t.id),
    index("responses_by_survey_day").on(t.surveyId, t.submittedOn, t.id),
    index("responses_by_day").on(t.submittedOn, t.id),
    // Covering, in the rollups' GROUP BY order: a rebuild or an ad-hoc count by day, survey,
    // audience, locale and channel reads this index in order, never the table, and never sorts.
    index("responses_by_group").on(t.submittedOn, t.surveyId, t.audience, t.locale, t.channel, t.status),
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
    // For free text, always the REDACTED text: the original never lands here.
    value: text("value", { mode: "json" }).$type<string | string[]>().notNull(),
    // Free text is deleted after the retention period; choice answers stay for the aggregates.
    freeText: integer("free_text", { mode: "boolean" }).notNull().default(false),
    // Harms the analysis suggested for free text, for an analyst to accept or reject.
    suggestedHarms: text("suggested_harms", { mode: "json" }).$type<string[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index("answers_free_text").on(t.freeText, t.responseId),
  ],
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

/**
 * A free-text answer that may disclose harm, for the safeguarding lead. The original text is kept
 * only here, sealed with AES-GCM (HEARD_SAFEGUARDING_KEY); it is deleted 90 days after closing.
 */
export const safeguardingItems = sqliteTable(
  "safeguarding_items",
  {
    id: text("id").primaryKey(),
    responseId: text("response_id").notNull(),
    surveyId: text("survey_id").notNull(),
    questionId: text("question_id").notNull(),
    categories: text("categories", { mode: "json" }).$type<string[]>().notNull(),
    sealedText: text("sealed_text").notNull(),
    status: text("status", { enum: ["new", "in-review", "actioned", "no-further-action"] })
      .notNull()
      .default("new"),
    raisedOn: text("raised_on").notNull(),
    closedOn: text("closed_on"),
  },
  (t) => [
    index("safeguarding_by_status").on(t.status, t.raisedOn),
    index("safeguarding_by_closed").on(t.closedOn),
  ],
);

/**
 * "I want someone to talk to me": contact details sealed like a disclosure, NOT linked to any answers
 * unless the person chose to link them. Deleted 30 days after being actioned.
 */
export const contactRequests = sqliteTable(
  "contact_requests",
  {
    id: text("id").primaryKey(),
    sealedDetails: text("sealed_details").notNull(),
    // Only set when the person ticked "link this to the answers I sent".
    linkedResponseId: text("linked_response_id"),
    status: text("status", { enum: ["new", "actioned"] })
      .notNull()
      .default("new"),
    requestedOn: text("requested_on").notNull(),
    actionedOn: text("actioned_on"),
  },
  (t) => [index("contact_by_actioned").on(t.actionedOn)],
);

export * from "./publication-schema";
export * from "./rollup-schema";
export * from "./workspace-schema";
