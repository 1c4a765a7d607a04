-- Which version of a report is current is decided by a rank (docs/store.md, "Files, reports and versions"):
-- 落款 date, then the modification time of the file that gave the version, then the content hash. Versions
-- stored before this migration take their import time as their file's time.
ALTER TABLE report_versions ADD COLUMN file_modified_at TIMESTAMPTZ NULL;
UPDATE report_versions SET file_modified_at = imported_at;
CREATE INDEX report_versions_content ON report_versions (report_id, content_sha256);

-- Names, codes and regions compare by code point, as SQLite compares them, whatever the database's locale: the
-- two engines list and export reports in the same order.
DROP VIEW current_facts;
ALTER TABLE units
    ALTER COLUMN code TYPE TEXT COLLATE "C",
    ALTER COLUMN name TYPE TEXT COLLATE "C",
    ALTER COLUMN region TYPE TEXT COLLATE "C";
ALTER TABLE reports ALTER COLUMN agency TYPE TEXT COLLATE "C";
CREATE VIEW current_facts AS
SELECT r.id AS report_id, r.agency, r.year, u.code AS unit_code, u.region, u.level,
       c.table_key, c.row_key, c.column_key, f.state, f.value
FROM reports r
JOIN facts f ON f.version_id = r.current_version
JOIN cells c ON c.id = f.cell_id
LEFT JOIN units u ON u.id = r.unit_id;
