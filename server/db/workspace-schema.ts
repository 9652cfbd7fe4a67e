import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * The officers' side: staff accounts, their sessions, the codebook and the audit trail. These hold
 * staff details (an officer's work email), never anything about a child or young person.
 */
export const staffUsers = sqliteTable(
  "staff_users",
  {
    id: text("id").primaryKey(),
    // Lower-cased on the way in, so sign-in is not case-sensitive.
    email: text("email").notNull(),
    role: text("role", { enum: ["admin", "analyst", "safeguarding", "viewer"] }).notNull(),
    // A PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash): it carries its parameters so they can rise later.
    passwordHash: text("password_hash").notNull(),
    // TOTP secret, sealed with the safeguarding key; null until the second factor is set up.
    totpSealed: text("totp_sealed"),
    // The last 30-second step accepted, so one code cannot be used twice (RFC 6238 §5.2).
    totpLastStep: integer("totp_last_step"),
    // SHA-256 hashes of unused recovery codes.
    recoveryHashes: text("recovery_hashes", { mode: "json" }).$type<string[]>().notNull().default([]),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: integer("locked_until"),
    // Set when an admin resets the password: the next sign-in must choose a new one.
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    addedOn: text("added_on").notNull().default(sql`(date('now'))`),
  },
  (t) => [uniqueIndex("staff_users_by_email").on(t.email)],
);

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * database cannot be used to sign in. `stage` is "full" once any second factor has been checked.
 */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    stage: text("stage", { enum: ["full", "second-factor", "enrol", "new-password"] }).notNull(),
    // Milliseconds since the epoch: 30 minutes idle or 12 hours from sign-in ends the session.
    startedAt: integer("started_at").notNull(),
    seenAt: integer("seen_at").notNull(),
    // A TOTP secret being set up (sealed), until the officer proves their app holds it.
    pendingTotpSealed: text("pending_totp_sealed"),
  },
  (t) => [index("staff_sessions_by_user").on(t.userId)],
);

/**
 * Who did what, for the partnership's assurance: append-only (triggers in the migration refuse
 * UPDATE and DELETE). Holds staff identities and ids of items, never a child's words.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    target: text("target"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_by_action").on(t.action, t.id), index("audit_by_actor").on(t.actorId, t.id)],
);

/** The codebook: themes an analyst applies to answers, each tied to the strategy's outcomes and harms. */
export const themes = sqliteTable("themes", {
  id: text("id").primaryKey(),
  label: text("label").notNull(),
  description: text("description").notNull().default(""),
  outcomes: text("outcomes", { mode: "json" }).$type<string[]>().notNull().default([]),
  harms: text("harms", { mode: "json" }).$type<string[]>().notNull().default([]),
  retired: integer("retired", { mode: "boolean" }).notNull().default(false),
  addedOn: text("added_on").notNull().default(sql`(date('now'))`),
});

/** A theme applied to one answer by an analyst. */
export const answerCodes = sqliteTable(
  "answer_codes",
  {
    responseId: text("response_id").notNull(),
    questionId: text("question_id").notNull(),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id),
    codedBy: text("coded_by").notNull(),
    codedOn: text("coded_on").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId, t.themeId] }),
    index("answer_codes_by_theme").on(t.themeId, t.responseId),
  ],
);

/** An analyst's decision on a harm the analysis suggested for an answer. */
export const harmReviews = sqliteTable(
  "harm_reviews",
  {
    responseId: text("response_id").notNull(),
    questionId: text("question_id").notNull(),
    harm: text("harm").notNull(),
    decision: text("decision", { enum: ["accepted", "rejected"] }).notNull(),
    reviewedBy: text("reviewed_by").notNull(),
    reviewedOn: text("reviewed_on").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId, t.harm] }),
    index("harm_reviews_by_harm").on(t.harm, t.decision),
  ],
);

/** A safeguarding lead's note on a queued item or contact request; sealed like the item itself. */
export const safeguardingNotes = sqliteTable(
  "safeguarding_notes",
  {
    id: text("id").primaryKey(),
    itemKind: text("item_kind", { enum: ["item", "contact"] }).notNull(),
    itemId: text("item_id").notNull(),
    authorId: text("author_id").notNull(),
    writtenAt: text("written_at").notNull(),
    sealedNote: text("sealed_note").notNull(),
  },
  (t) => [index("safeguarding_notes_by_item").on(t.itemKind, t.itemId)],
);

/** Whether a survey takes answers: officers open and close surveys without editing the files. */
export const surveySettings = sqliteTable("survey_settings", {
  surveyId: text("survey_id").primaryKey(),
  status: text("status", { enum: ["open", "closed"] }).notNull(),
  changedOn: text("changed_on").notNull(),
});
