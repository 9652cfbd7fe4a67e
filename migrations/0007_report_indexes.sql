CREATE INDEX `responses_by_group` ON `responses` (`submitted_on`,`survey_id`,`audience`,`locale`,`channel`,`status`);--> statement-breakpoint
-- Responses and codes stored before the rollups existed: counted once here, so the first commit after
-- the upgrade does not have to fold a whole history (`heard rollups rebuild` does the same on demand).
DELETE FROM `response_rollups`;--> statement-breakpoint
INSERT INTO `response_rollups` (`day`, `survey_id`, `audience`, `locale`, `channel`, `count`)
  SELECT `submitted_on`, `survey_id`, `audience`, `locale`, `channel`, count(*) FROM `responses`
  WHERE `status` = 'submitted' GROUP BY `submitted_on`, `survey_id`, `audience`, `locale`, `channel`;--> statement-breakpoint
INSERT INTO `rollup_progress` (`rollup`, `last_rowid`) VALUES ('responses', (SELECT coalesce(max(rowid), 0) FROM `responses`))
  ON CONFLICT (`rollup`) DO UPDATE SET `last_rowid` = excluded.`last_rowid`;--> statement-breakpoint
DELETE FROM `theme_rollups`;--> statement-breakpoint
INSERT INTO `theme_rollups` (`day`, `theme_id`, `survey_id`, `audience`, `count`)
  SELECT r.`submitted_on`, c.`theme_id`, r.`survey_id`, r.`audience`, count(*)
  FROM `answer_codes` c JOIN `responses` r ON r.`id` = c.`response_id`
  WHERE r.`status` = 'submitted' GROUP BY r.`submitted_on`, c.`theme_id`, r.`survey_id`, r.`audience`;
