CREATE SEQUENCE "public"."quote_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "quote_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text DEFAULT 'Q-' || lpad(nextval('quote_number_seq')::text, 6, '0') NOT NULL,
	"organization_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"result_hash" text NOT NULL,
	"terms_version_id" uuid NOT NULL,
	"contract_fingerprint" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quote_snapshots_number_unique" UNIQUE("number"),
	CONSTRAINT "quote_snapshots_kind_check" CHECK ("quote_snapshots"."kind" in ('cancellation', 'change'))
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "quote_snapshot_id" uuid;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "acknowledgements" jsonb;--> statement-breakpoint
ALTER TABLE "quote_snapshots" ADD CONSTRAINT "quote_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_snapshots" ADD CONSTRAINT "quote_snapshots_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_snapshots" ADD CONSTRAINT "quote_snapshots_terms_version_id_terms_versions_id_fk" FOREIGN KEY ("terms_version_id") REFERENCES "public"."terms_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_snapshots" ADD CONSTRAINT "quote_snapshots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quote_snapshots_contract_id_created_at_index" ON "quote_snapshots" USING btree ("contract_id","created_at");--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_quote_snapshot_id_quote_snapshots_id_fk" FOREIGN KEY ("quote_snapshot_id") REFERENCES "public"."quote_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written (decision 006, 012): the application reads and inserts reviewed quotes, never
-- changes them; customers see their organisation's, customer admins create their own.
GRANT SELECT, INSERT ON quote_snapshots TO yakkan_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE quote_number_seq TO yakkan_app;
--> statement-breakpoint
ALTER TABLE quote_snapshots ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE quote_snapshots FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY quote_snapshots_customer_read ON quote_snapshots FOR SELECT
  USING (yakkan_is_customer() AND organization_id = yakkan_org_id());
--> statement-breakpoint
CREATE POLICY quote_snapshots_provider_read ON quote_snapshots FOR SELECT USING (yakkan_is_provider());
--> statement-breakpoint
CREATE POLICY quote_snapshots_customer_review ON quote_snapshots FOR INSERT
  WITH CHECK (yakkan_role() = 'customer-admin' AND organization_id = yakkan_org_id() AND created_by = yakkan_user_id());
--> statement-breakpoint
CREATE POLICY quote_snapshots_maintenance ON quote_snapshots USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
