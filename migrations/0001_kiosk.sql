ALTER TABLE `drafts` ADD `kiosk_event` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `event_label` text;