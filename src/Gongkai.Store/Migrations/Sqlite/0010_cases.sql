-- Cases of 依申请公开 (issue #15, docs/cases.md): one row per application, its body the case as CaseJson (steps
-- included); the columns beside it copy what lists, deadlines and table 三 query, written from the body on every save.
-- `due` is the answer deadline the application computed (CaseClock), stored so that "open cases by due date" is one
-- indexed query. `version` grows by one on every save, and a save names the version it started from (optimistic
-- concurrency, as drafts). Dates are YYYY-MM-DD text; times are Unix milliseconds (UTC).
CREATE TABLE cases (
    id             TEXT PRIMARY KEY,
    unit_id        TEXT NOT NULL,
    number         TEXT NOT NULL,
    received       TEXT NOT NULL,
    received_year  INTEGER NOT NULL,
    applicant_kind TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    channel        TEXT NOT NULL,
    assignee       TEXT NULL,
    outcome        TEXT NULL,
    closed_on      TEXT NULL,
    due            TEXT NULL,
    body           TEXT NOT NULL,
    version        INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    created_by     TEXT NOT NULL,
    UNIQUE (unit_id, number)
);
CREATE INDEX cases_open_by_due ON cases (unit_id, due) WHERE closed_on IS NULL;
CREATE INDEX cases_closed_by_day ON cases (unit_id, closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX cases_by_assignee ON cases (assignee, due);

-- 行政复议 and 行政诉讼 about a case's decision (table 四).
CREATE TABLE case_appeals (
    id      TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    unit_id TEXT NOT NULL,
    kind    TEXT NOT NULL,
    filed   TEXT NOT NULL,
    result  TEXT NOT NULL,
    decided TEXT NULL
);
CREATE INDEX case_appeals_by_case ON case_appeals (case_id);
CREATE INDEX case_appeals_by_unit ON case_appeals (unit_id, filed);

-- The letters (文书) issued on a case, as generated files.
CREATE TABLE case_letters (
    id         INTEGER PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    kind       TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    content    BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX case_letters_by_case ON case_letters (case_id);

-- Holidays and adjusted working days of the working-day calendar; region '' is the national calendar.
CREATE TABLE calendar_entries (
    region TEXT NOT NULL,
    date   TEXT NOT NULL,
    kind   TEXT NOT NULL,
    name   TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (region, date)
);
