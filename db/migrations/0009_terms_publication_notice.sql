ALTER TABLE "terms_versions" ADD COLUMN "notice_days" integer;--> statement-breakpoint
ALTER TABLE "terms_versions" ADD COLUMN "notice_override_reason" text;