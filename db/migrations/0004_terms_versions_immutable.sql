-- A published or scheduled terms version is immutable, whatever the application does: the database
-- refuses to change or delete it. A draft becomes scheduled/published only with a second person's
-- approval (four eyes).
CREATE OR REPLACE FUNCTION terms_versions_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('scheduled', 'published') THEN
      RAISE EXCEPTION 'terms version % (%) is % and cannot be deleted', OLD.version, OLD.service_id, OLD.status
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('scheduled', 'published') THEN
    RAISE EXCEPTION 'terms version % (%) is % and cannot be changed', OLD.version, OLD.service_id, OLD.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status IN ('scheduled', 'published') THEN
    IF NEW.approved_by IS NULL OR NEW.approved_by IS NOT DISTINCT FROM NEW.author_id THEN
      RAISE EXCEPTION 'terms version % (%) needs the approval of a second person to be published', NEW.version, NEW.service_id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER terms_versions_guard
  BEFORE UPDATE OR DELETE ON terms_versions
  FOR EACH ROW EXECUTE FUNCTION terms_versions_guard();
