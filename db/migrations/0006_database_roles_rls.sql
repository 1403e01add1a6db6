-- Defence in depth (docs/decisions/005-database-roles-and-row-level-security.md).
--
-- The server connects as a member of `yakkan_app`: a role that owns nothing, has no BYPASSRLS and
-- holds only the privileges below. Migrations run as the schema owner (MIGRATION_DATABASE_URL).
-- Every table holding an organisation's data has row-level security FORCEd: each transaction of
-- the application first sets yakkan.user_id, yakkan.org_id and yakkan.role from the session, and
-- the policies read them. The triggers (append-only audit log, immutable published terms, four
-- eyes) then bind the application, which can neither disable them nor alter the tables.

-- 1. The application role, once per cluster. Roles are global to the cluster and several
-- databases (CI runs, test files) may be migrated at the same moment: a second CREATE ROLE racing
-- the first fails with duplicate_object or unique_violation, which means the role is there.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yakkan_app') THEN
    BEGIN
      CREATE ROLE yakkan_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'role yakkan_app does not exist and % may not create it', current_user
          USING HINT = 'Create it once as a superuser: CREATE ROLE yakkan_app NOLOGIN NOBYPASSRLS; (docs/security.md)';
    END;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'yakkan_app' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role yakkan_app must not be a superuser nor bypass row-level security';
  END IF;
END
$$;
--> statement-breakpoint

-- 2. The request's context, as the application set it for the current transaction.
CREATE OR REPLACE FUNCTION yakkan_user_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('yakkan.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yakkan_org_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('yakkan.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yakkan_role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('yakkan.role', true), ''), 'anonymous') $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yakkan_is_customer() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT yakkan_role() IN ('customer-admin', 'customer-member') $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yakkan_is_provider() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT yakkan_role() IN ('staff', 'legal') $$;
--> statement-breakpoint
-- Start-up maintenance (demo seed, shipped terms) runs as the schema owner in the "system"
-- context. A member of yakkan_app can set the variable too, but never gets this context.
CREATE OR REPLACE FUNCTION yakkan_is_system() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT yakkan_role() = 'system' AND NOT pg_has_role(current_user, 'yakkan_app', 'USAGE') $$;
--> statement-breakpoint

-- 3. Least privilege: what the application does, nothing more. No DDL, no ownership.
GRANT USAGE ON SCHEMA public TO yakkan_app;
--> statement-breakpoint
GRANT SELECT ON organizations TO yakkan_app;
--> statement-breakpoint
-- Password hashes are read only through yakkan_sign_in_candidate(), one e-mail at a time.
GRANT SELECT (id, organization_id, email, display_name, role, created_at) ON users TO yakkan_app;
--> statement-breakpoint
GRANT UPDATE (password_hash) ON users TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, UPDATE (status, end_date, parameters) ON contracts TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON terms_versions TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON sessions TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (status, confirmation_date, accepted_quote, rejection_reason, updated_at) ON requests TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (response) ON idempotency_keys TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (read_at) ON notices TO yakkan_app;
--> statement-breakpoint
GRANT INSERT ON outbox TO yakkan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO yakkan_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO yakkan_app;
--> statement-breakpoint

-- 4. Look-ups before anyone is signed in, as the owner in the "system" context, one row at a time.
-- (A function's SET clause may not name a custom setting unless a superuser defines it: the
-- context is set and restored in the body instead.)
CREATE OR REPLACE FUNCTION yakkan_session_viewer(p_session_id text, p_now timestamptz)
  RETURNS TABLE (user_id uuid, email text, display_name text, role text, organization_id uuid,
                 organization_name text, organization_name_en text, expires_at timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    caller_role text := current_setting('yakkan.role', true);
  BEGIN
    PERFORM set_config('yakkan.role', 'system', true);
    RETURN QUERY
      SELECT u.id, u.email, u.display_name, u.role, o.id, o.name, o.name_en, s.expires_at
      FROM sessions s JOIN users u ON u.id = s.user_id JOIN organizations o ON o.id = u.organization_id
      WHERE s.id = p_session_id AND s.expires_at > p_now;
    PERFORM set_config('yakkan.role', coalesce(caller_role, ''), true);
  END
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yakkan_sign_in_candidate(p_email text)
  RETURNS TABLE (user_id uuid, organization_id uuid, role text, password_hash text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    caller_role text := current_setting('yakkan.role', true);
  BEGIN
    PERFORM set_config('yakkan.role', 'system', true);
    RETURN QUERY SELECT u.id, u.organization_id, u.role, u.password_hash FROM users u WHERE u.email = p_email;
    PERFORM set_config('yakkan.role', coalesce(caller_role, ''), true);
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION yakkan_session_viewer(text, timestamptz), yakkan_sign_in_candidate(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION yakkan_session_viewer(text, timestamptz), yakkan_sign_in_candidate(text) TO yakkan_app;
--> statement-breakpoint

-- 5. Row-level security, forced on every table with an organisation's (or a user's) data.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organizations_visible ON organizations FOR SELECT
  USING (id = yakkan_org_id() OR kind = 'provider' OR yakkan_is_provider());
--> statement-breakpoint
CREATE POLICY organizations_maintenance ON organizations USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Customers see their colleagues and the provider's staff (whose names appear in audit trails).
CREATE POLICY users_visible ON users FOR SELECT
  USING (yakkan_is_provider() OR organization_id = yakkan_org_id()
         OR organization_id IN (SELECT id FROM organizations WHERE kind = 'provider'));
--> statement-breakpoint
CREATE POLICY users_own_password ON users FOR UPDATE
  USING (id = yakkan_user_id()) WITH CHECK (id = yakkan_user_id());
--> statement-breakpoint
CREATE POLICY users_maintenance ON users USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contracts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contracts_customer_read ON contracts FOR SELECT
  USING (yakkan_is_customer() AND organization_id = yakkan_org_id());
--> statement-breakpoint
CREATE POLICY contracts_provider_read ON contracts FOR SELECT USING (yakkan_is_provider());
--> statement-breakpoint
CREATE POLICY contracts_staff_complete ON contracts FOR UPDATE
  USING (yakkan_role() = 'staff') WITH CHECK (yakkan_role() = 'staff');
--> statement-breakpoint
CREATE POLICY contracts_maintenance ON contracts USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE requests FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY requests_customer_read ON requests FOR SELECT
  USING (yakkan_is_customer() AND organization_id = yakkan_org_id());
--> statement-breakpoint
CREATE POLICY requests_provider_read ON requests FOR SELECT USING (yakkan_is_provider());
--> statement-breakpoint
CREATE POLICY requests_customer_submit ON requests FOR INSERT
  WITH CHECK (yakkan_role() = 'customer-admin' AND organization_id = yakkan_org_id() AND submitted_by = yakkan_user_id());
--> statement-breakpoint
CREATE POLICY requests_customer_withdraw ON requests FOR UPDATE
  USING (yakkan_role() = 'customer-admin' AND organization_id = yakkan_org_id())
  WITH CHECK (yakkan_role() = 'customer-admin' AND organization_id = yakkan_org_id() AND status = 'withdrawn');
--> statement-breakpoint
CREATE POLICY requests_staff_process ON requests FOR UPDATE
  USING (yakkan_role() = 'staff') WITH CHECK (yakkan_role() = 'staff');
--> statement-breakpoint
CREATE POLICY requests_maintenance ON requests USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY idempotency_keys_own ON idempotency_keys
  USING (user_id = yakkan_user_id()) WITH CHECK (user_id = yakkan_user_id());
--> statement-breakpoint
CREATE POLICY idempotency_keys_maintenance ON idempotency_keys USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_customer_read ON audit_log FOR SELECT
  USING (yakkan_is_customer() AND organization_id = yakkan_org_id());
--> statement-breakpoint
CREATE POLICY audit_log_provider_read ON audit_log FOR SELECT USING (yakkan_is_provider());
--> statement-breakpoint
-- Rows are written by the acting user, about their own organisation (staff and legal: any).
CREATE POLICY audit_log_append ON audit_log FOR INSERT
  WITH CHECK (actor_user_id = yakkan_user_id() AND (organization_id = yakkan_org_id() OR yakkan_is_provider()));
--> statement-breakpoint
CREATE POLICY audit_log_maintenance ON audit_log USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE notices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notices_customer_read ON notices FOR SELECT
  USING (yakkan_is_customer() AND organization_id = yakkan_org_id());
--> statement-breakpoint
CREATE POLICY notices_customer_mark_read ON notices FOR UPDATE
  USING (yakkan_is_customer() AND organization_id = yakkan_org_id())
  WITH CHECK (yakkan_is_customer() AND organization_id = yakkan_org_id());
--> statement-breakpoint
CREATE POLICY notices_legal_publish ON notices FOR INSERT WITH CHECK (yakkan_role() = 'legal');
--> statement-breakpoint
CREATE POLICY notices_maintenance ON notices USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_legal_publish ON outbox FOR INSERT WITH CHECK (yakkan_role() = 'legal');
--> statement-breakpoint
CREATE POLICY outbox_maintenance ON outbox USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sessions_own ON sessions USING (user_id = yakkan_user_id()) WITH CHECK (user_id = yakkan_user_id());
--> statement-breakpoint
CREATE POLICY sessions_maintenance ON sessions USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

ALTER TABLE terms_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE terms_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY terms_versions_public_read ON terms_versions FOR SELECT USING (status IN ('scheduled', 'published'));
--> statement-breakpoint
CREATE POLICY terms_versions_legal ON terms_versions USING (yakkan_role() = 'legal') WITH CHECK (yakkan_role() = 'legal');
--> statement-breakpoint
CREATE POLICY terms_versions_maintenance ON terms_versions USING (yakkan_is_system()) WITH CHECK (yakkan_is_system());
--> statement-breakpoint

-- 6. Four eyes, in the database: only the author edits a draft, asks for review or deletes it;
-- every edit withdraws the request for review and records its editor; a version is published only
-- by an approver who is neither its author nor any of its editors, acting in their own session,
-- on content nobody changed in the same step. Published and scheduled versions never change.
-- Without an application user (start-up maintenance) the author rules do not apply, the others do.
CREATE OR REPLACE FUNCTION terms_versions_guard() RETURNS trigger AS $$
DECLARE
  actor uuid := yakkan_user_id();
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF actor IS NOT NULL THEN
      IF NEW.status <> 'draft' OR NEW.approved_by IS NOT NULL OR NEW.review_requested_at IS NOT NULL THEN
        RAISE EXCEPTION 'a terms version is published only by approving a draft' USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF NEW.author_id IS DISTINCT FROM actor THEN
        RAISE EXCEPTION 'a draft is created by its author' USING ERRCODE = 'insufficient_privilege';
      END IF;
    END IF;
    NEW.editor_ids := '{}';
    RETURN NEW;
  END IF;

  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('scheduled', 'published') THEN
      RAISE EXCEPTION 'terms version % (%) is % and cannot be deleted', OLD.version, OLD.service_id, OLD.status
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF actor IS NOT NULL AND actor IS DISTINCT FROM OLD.author_id THEN
      RAISE EXCEPTION 'only the author deletes a draft' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;

  IF OLD.status IN ('scheduled', 'published') THEN
    RAISE EXCEPTION 'terms version % (%) is % and cannot be changed', OLD.version, OLD.service_id, OLD.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.author_id IS DISTINCT FROM OLD.author_id OR NEW.service_id IS DISTINCT FROM OLD.service_id THEN
    RAISE EXCEPTION 'the author and service of a draft do not change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Editors are recorded by the database, never taken from the application.
  NEW.editor_ids := OLD.editor_ids;

  IF NEW.status IN ('scheduled', 'published') THEN
    IF NEW.approved_by IS NULL OR NEW.approved_by IS NOT DISTINCT FROM NEW.author_id OR NEW.approved_by = ANY (OLD.editor_ids) THEN
      RAISE EXCEPTION 'terms version % (%) needs the approval of a second person (neither its author nor an editor) to be published', NEW.version, NEW.service_id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.review_requested_at IS NULL THEN
      RAISE EXCEPTION 'terms version % (%): its author has not asked for review', NEW.version, NEW.service_id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF actor IS NOT NULL AND NEW.approved_by IS DISTINCT FROM actor THEN
      RAISE EXCEPTION 'the approver approves in their own session' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.version IS DISTINCT FROM OLD.version
       OR NEW.effective_from IS DISTINCT FROM OLD.effective_from THEN
      RAISE EXCEPTION 'a draft is published as it was reviewed, unchanged' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;

  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.effective_from IS DISTINCT FROM OLD.effective_from OR NEW.effective_to IS DISTINCT FROM OLD.effective_to THEN
    IF actor IS NOT NULL AND actor IS DISTINCT FROM OLD.author_id THEN
      RAISE EXCEPTION 'only the author edits a draft' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF actor IS NOT NULL AND NOT (actor = ANY (OLD.editor_ids)) THEN
      NEW.editor_ids := OLD.editor_ids || actor;
    END IF;
    NEW.review_requested_at := NULL;
  ELSIF NEW.review_requested_at IS NOT NULL AND OLD.review_requested_at IS NULL
        AND actor IS NOT NULL AND actor IS DISTINCT FROM OLD.author_id THEN
    RAISE EXCEPTION 'only the author asks for review' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.approved_by IS NOT NULL THEN
    RAISE EXCEPTION 'a draft is approved only by publishing it' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS terms_versions_guard ON terms_versions;
--> statement-breakpoint
CREATE TRIGGER terms_versions_guard
  BEFORE INSERT OR UPDATE OR DELETE ON terms_versions
  FOR EACH ROW EXECUTE FUNCTION terms_versions_guard();
