CREATE TABLE `answer_codes` (
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`coded_by` text NOT NULL,
	`coded_on` text NOT NULL,
	PRIMARY KEY(`response_id`, `question_id`, `theme_id`),
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `answer_codes_by_theme` ON `answer_codes` (`theme_id`,`response_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_email` text,
	`action` text NOT NULL,
	`target` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_by_action` ON `audit_log` (`action`,`id`);--> statement-breakpoint
CREATE INDEX `audit_by_actor` ON `audit_log` (`actor_id`,`id`);--> statement-breakpoint
CREATE TABLE `harm_reviews` (
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`harm` text NOT NULL,
	`decision` text NOT NULL,
	`reviewed_by` text NOT NULL,
	`reviewed_on` text NOT NULL,
	PRIMARY KEY(`response_id`, `question_id`, `harm`)
);
--> statement-breakpoint
CREATE INDEX `harm_reviews_by_harm` ON `harm_reviews` (`harm`,`decision`);--> statement-breakpoint
CREATE TABLE `safeguarding_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`item_kind` text NOT NULL,
	`item_id` text NOT NULL,
	`author_id` text NOT NULL,
	`written_at` text NOT NULL,
	`sealed_note` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `safeguarding_notes_by_item` ON `safeguarding_notes` (`item_kind`,`item_id`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`stage` text NOT NULL,
	`started_at` integer NOT NULL,
	`seen_at` integer NOT NULL,
	`pending_totp_sealed` text,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_by_user` ON `staff_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`totp_sealed` text,
	`totp_last_step` integer,
	`recovery_hashes` text DEFAULT '[]' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`must_change_password` integer DEFAULT false NOT NULL,
	`added_on` text DEFAULT (date('now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_by_email` ON `staff_users` (`email`);--> statement-breakpoint
CREATE TABLE `survey_settings` (
	`survey_id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`changed_on` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`outcomes` text DEFAULT '[]' NOT NULL,
	`harms` text DEFAULT '[]' NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`added_on` text DEFAULT (date('now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `responses` ADD `channel` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
CREATE INDEX `responses_by_audience_day` ON `responses` (`audience`,`submitted_on`);--> statement-breakpoint
CREATE INDEX `answers_free_text` ON `answers` (`free_text`,`response_id`);--> statement-breakpoint
-- The audit trail is append-only: not even the application can rewrite or remove a row.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
