CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "kind" text DEFAULT 'notice' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "lang" text DEFAULT 'ja' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "dedupe_key" text DEFAULT 'outbox:' || gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "unsubscribe_token_hash" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text DEFAULT 'ja' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "reminders_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "reminder_offsets" integer[] DEFAULT '{90,30,7}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_created_at_index" ON "outbox" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_dedupeKey_unique" UNIQUE("dedupe_key");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_unsubscribeTokenHash_unique" UNIQUE("unsubscribe_token_hash");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sent', 'dead'));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_lang_check" CHECK ("outbox"."lang" in ('ja', 'en'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_language_check" CHECK ("users"."language" in ('ja', 'en'));--> statement-breakpoint
-- Mails written before the relay existed and marked sent stay sent.
UPDATE "outbox" SET "status" = 'sent' WHERE "sent_at" IS NOT NULL;
--> statement-breakpoint

-- Hand-written: privileges and row-level security (see 0006). Background jobs of the server (the
-- mail relay, the reminder job, the calendar feed's token look-up) run in the "worker" context.
CREATE OR REPLACE FUNCTION yakkan_is_worker() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT yakkan_role() = 'worker' $$;
--> statement-breakpoint
GRANT SELECT (language, reminders_enabled, reminder_offsets) ON users TO yakkan_app;
--> statement-breakpoint
GRANT UPDATE (language, reminders_enabled, reminder_offsets) ON users TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, UPDATE (status, attempts, next_attempt_at, last_error, sent_at) ON outbox TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON calendar_feeds TO yakkan_app;
--> statement-breakpoint
-- The worker reads every organisation's users and contracts (whom to mail, which deadlines).
CREATE POLICY users_worker_read ON users FOR SELECT USING (yakkan_is_worker());
--> statement-breakpoint
CREATE POLICY contracts_worker_read ON contracts FOR SELECT USING (yakkan_is_worker());
--> statement-breakpoint
CREATE POLICY organizations_worker_read ON organizations FOR SELECT USING (yakkan_is_worker());
--> statement-breakpoint
-- The worker's audit rows have no acting user.
CREATE POLICY audit_log_worker_append ON audit_log FOR INSERT WITH CHECK (yakkan_is_worker() AND actor_user_id IS NULL);
--> statement-breakpoint
-- Mails: written with their cause (a customer administrator's request about their own
-- organisation, staff's transitions, legal's publication, the worker's reminders); read by staff
-- (the mail log) and the worker; delivered (updated) by the worker, retried by staff.
DROP POLICY IF EXISTS outbox_legal_publish ON outbox;
--> statement-breakpoint
CREATE POLICY outbox_enqueue ON outbox FOR INSERT WITH CHECK (
  yakkan_role() IN ('legal', 'staff') OR yakkan_is_worker()
  OR (yakkan_role() = 'customer-admin' AND organization_id = yakkan_org_id()));
--> statement-breakpoint
CREATE POLICY outbox_read ON outbox FOR SELECT USING (yakkan_role() = 'staff' OR yakkan_is_worker());
--> statement-breakpoint
CREATE POLICY outbox_deliver ON outbox FOR UPDATE
  USING (yakkan_role() = 'staff' OR yakkan_is_worker()) WITH CHECK (yakkan_role() = 'staff' OR yakkan_is_worker());
--> statement-breakpoint
ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feeds_own ON calendar_feeds USING (user_id = yakkan_user_id()) WITH CHECK (user_id = yakkan_user_id());
--> statement-breakpoint
CREATE POLICY calendar_feeds_worker_read ON calendar_feeds FOR SELECT USING (yakkan_is_worker());
--> statement-breakpoint
CREATE POLICY calendar_feeds_maintenance ON calendar_feeds USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
