-- The review of findings (审核 and 报告详情): who a finding is assigned to, whether it was confirmed, dismissed or
-- resolved, and the reason or note. A finding is identified by its key (the unit or agency, year, rule, cells and
-- message, hashed: Application/Reviewing/FindingKeys), so that the same finding on a new version keeps its review.
-- Only the latest state is kept here; every change is also written to audit_log. Times are Unix milliseconds (UTC).
CREATE TABLE finding_reviews (
    finding_key TEXT PRIMARY KEY,
    unit_code   TEXT COLLATE "C" NULL,
    agency      TEXT NULL,
    year        INTEGER NOT NULL,
    code        TEXT NOT NULL,
    status      TEXT NOT NULL,          -- open | confirmed | dismissed | resolved
    assignee    TEXT COLLATE "C" NULL,            -- an account's user name
    note        TEXT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX finding_reviews_year ON finding_reviews (year, unit_code);
