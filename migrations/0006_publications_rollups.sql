CREATE TABLE `action_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`action_id` text NOT NULL,
	`written_on` text NOT NULL,
	`note` text NOT NULL,
	`author_id` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `action_updates_by_action` ON `action_updates` (`action_id`,`written_on`);--> statement-breakpoint
CREATE TABLE `actions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`child_summary` text NOT NULL,
	`agency` text NOT NULL,
	`owning_team` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`start_on` text,
	`due_on` text,
	`done_on` text,
	`themes` text DEFAULT '[]' NOT NULL,
	`outcomes` text DEFAULT '[]' NOT NULL,
	`translations` text DEFAULT '{}' NOT NULL,
	`added_on` text DEFAULT (date('now')) NOT NULL,
	`updated_on` text DEFAULT (date('now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `actions_by_status` ON `actions` (`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`content` text NOT NULL,
	`k` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_on` text NOT NULL,
	`published_on` text,
	PRIMARY KEY(`id`, `version`)
);
--> statement-breakpoint
CREATE INDEX `publications_by_published` ON `publications` (`status`,`published_on`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`text` text NOT NULL,
	`status` text NOT NULL,
	`decided_by` text NOT NULL,
	`decided_on` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quotes_once_per_theme` ON `quotes` (`response_id`,`question_id`,`theme_id`);--> statement-breakpoint
CREATE INDEX `quotes_by_theme` ON `quotes` (`theme_id`,`status`);--> statement-breakpoint
CREATE TABLE `response_rollups` (
	`day` text NOT NULL,
	`survey_id` text NOT NULL,
	`audience` text NOT NULL,
	`locale` text NOT NULL,
	`channel` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`day`, `survey_id`, `audience`, `locale`, `channel`)
);
--> statement-breakpoint
CREATE TABLE `rollup_progress` (
	`rollup` text PRIMARY KEY NOT NULL,
	`last_rowid` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `theme_rollups` (
	`day` text NOT NULL,
	`theme_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`audience` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`day`, `theme_id`, `survey_id`, `audience`)
);
