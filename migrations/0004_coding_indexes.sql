DROP INDEX `responses_by_audience_day`;--> statement-breakpoint
DROP INDEX `responses_by_survey_day`;--> statement-breakpoint
CREATE INDEX `responses_by_day` ON `responses` (`submitted_on`,`id`);--> statement-breakpoint
CREATE INDEX `responses_by_audience_day` ON `responses` (`audience`,`submitted_on`,`id`);--> statement-breakpoint
CREATE INDEX `responses_by_survey_day` ON `responses` (`survey_id`,`submitted_on`,`id`);