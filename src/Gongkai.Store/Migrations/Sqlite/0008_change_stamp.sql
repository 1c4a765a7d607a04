-- The store's change stamp: a number that grows with every committed change to reports, their versions or the unit
-- registry, whoever writes (an import, an upload, a link, a registry edit, another process). Results computed from
-- those tables (the 区域看板: Application/Dashboards/DashboardCache) are cached under the stamp read before them, so a
-- cache is never served after a change, in any process sharing the store. Kept by triggers, so that no writer can
-- forget it (written so that it can be applied again).
CREATE TABLE IF NOT EXISTS store_changes (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stamp INTEGER NOT NULL
);
INSERT INTO store_changes (id, stamp) VALUES (1, 0) ON CONFLICT DO NOTHING;

CREATE TRIGGER IF NOT EXISTS reports_changed_insert AFTER INSERT ON reports BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS reports_changed_update AFTER UPDATE ON reports BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS reports_changed_delete AFTER DELETE ON reports BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS report_versions_changed_insert AFTER INSERT ON report_versions BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS report_versions_changed_update AFTER UPDATE ON report_versions BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS report_versions_changed_delete AFTER DELETE ON report_versions BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS units_changed_insert AFTER INSERT ON units BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS units_changed_update AFTER UPDATE ON units BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS units_changed_delete AFTER DELETE ON units BEGIN UPDATE store_changes SET stamp = stamp + 1 WHERE id = 1; END;
