CREATE TABLE `answers` (
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`response_id`, `question_id`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`survey_version` integer NOT NULL,
	`locale` text NOT NULL,
	`answers` text NOT NULL,
	`touched_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `drafts_by_age` ON `drafts` (`touched_at`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`survey_version` integer NOT NULL,
	`audience` text NOT NULL,
	`locale` text NOT NULL,
	`submitted_on` text NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`receipt_hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `responses_by_survey_day` ON `responses` (`survey_id`,`submitted_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `responses_by_receipt` ON `responses` (`receipt_hash`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`audience` text NOT NULL,
	`definition` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`added_on` text DEFAULT (date('now')) NOT NULL,
	PRIMARY KEY(`id`, `version`)
);
