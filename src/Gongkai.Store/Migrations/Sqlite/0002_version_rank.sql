-- Which version of a report is current is decided by a rank (docs/store.md, "Files, reports and versions"):
-- 落款 date, then the modification time of the file that gave the version, then the content hash. Versions
-- stored before this migration take their import time as their file's time.
ALTER TABLE report_versions ADD COLUMN file_modified_at TEXT NULL;
UPDATE report_versions SET file_modified_at = imported_at;
CREATE INDEX report_versions_content ON report_versions (report_id, content_sha256);
