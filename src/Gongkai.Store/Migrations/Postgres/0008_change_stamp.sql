-- The store's change stamp: a number that grows with every committed change to reports, their versions or the unit
-- registry, whoever writes (an import, an upload, a link, a registry edit, another instance). Results computed from
-- those tables (the 区域看板: Application/Dashboards/DashboardCache) are cached under the stamp read before them, so a
-- cache is never served after a change, in any instance sharing the database. Kept by triggers, so that no writer can
-- forget it (written so that it can be applied again); the triggers are deferred to commit, so that concurrent importers hold the stamp's row lock only while
-- committing, not for the whole transaction.
CREATE TABLE IF NOT EXISTS store_changes (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stamp BIGINT NOT NULL
);
INSERT INTO store_changes (id, stamp) VALUES (1, 0) ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION store_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS reports_changed ON reports;
CREATE CONSTRAINT TRIGGER reports_changed AFTER INSERT OR UPDATE OR DELETE ON reports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION store_changed();
DROP TRIGGER IF EXISTS report_versions_changed ON report_versions;
CREATE CONSTRAINT TRIGGER report_versions_changed AFTER INSERT OR UPDATE OR DELETE ON report_versions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION store_changed();
DROP TRIGGER IF EXISTS units_changed ON units;
CREATE CONSTRAINT TRIGGER units_changed AFTER INSERT OR UPDATE OR DELETE ON units
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION store_changed();
