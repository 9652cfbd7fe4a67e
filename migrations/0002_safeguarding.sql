CREATE TABLE `contact_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`sealed_details` text NOT NULL,
	`linked_response_id` text,
	`status` text DEFAULT 'new' NOT NULL,
	`requested_on` text NOT NULL,
	`actioned_on` text
);
--> statement-breakpoint
CREATE INDEX `contact_by_actioned` ON `contact_requests` (`actioned_on`);--> statement-breakpoint
CREATE TABLE `safeguarding_items` (
	`id` text PRIMARY KEY NOT NULL,
	`response_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`question_id` text NOT NULL,
	`categories` text NOT NULL,
	`sealed_text` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`raised_on` text NOT NULL,
	`closed_on` text
);
--> statement-breakpoint
CREATE INDEX `safeguarding_by_status` ON `safeguarding_items` (`status`,`raised_on`);--> statement-breakpoint
CREATE INDEX `safeguarding_by_closed` ON `safeguarding_items` (`closed_on`);--> statement-breakpoint
ALTER TABLE `answers` ADD `free_text` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `answers` ADD `suggested_harms` text;