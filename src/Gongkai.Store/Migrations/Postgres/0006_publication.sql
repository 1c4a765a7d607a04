-- Publication (公开): a report is shown to the public only once it is published (AccessScope.Public). Kept on the
-- report, not the version: what the public sees is always the current version, and a version stored unpublished
-- (online filling-in) makes the report unpublished until a 区域管理员 or 系统管理员 publishes it. published_by is
-- the account that published it, NULL when it was published by importing a copy of a published document.
-- Every report stored before this migration was imported from a published document: all are published.
-- Times are Unix milliseconds (UTC), as in the accounts tables.
ALTER TABLE reports ADD COLUMN published_at BIGINT NULL;
ALTER TABLE reports ADD COLUMN published_by TEXT COLLATE "C" NULL;
UPDATE reports SET published_at = (extract(epoch FROM now()) * 1000)::bigint;
CREATE INDEX reports_published ON reports (published_at);
