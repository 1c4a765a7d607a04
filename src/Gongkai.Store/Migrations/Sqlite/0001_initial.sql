-- The report store, SQLite edition (docs/store.md describes every table).

-- Registry of units (填报单位): region path and level, parent unit.
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL,            -- 省 | 市 | 县区 | 部门 | 乡镇街道
    region      TEXT NOT NULL,            -- path: 江南省/东山市/西湖区
    parent_code TEXT NULL
);
CREATE INDEX units_region ON units (region);

-- Normalised names a report may print for a unit: its name and every alias.
CREATE TABLE unit_names (
    name_key TEXT NOT NULL,
    name     TEXT NOT NULL,
    unit_id  INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    is_alias INTEGER NOT NULL,
    PRIMARY KEY (name_key, unit_id)
);

-- Original files, content-addressed by SHA-256 (stored gzip-compressed).
CREATE TABLE files (
    sha256   TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    content  BLOB NOT NULL,
    stored_at TEXT NOT NULL
);

-- One report = one issuing body and year; its content lives in versions.
CREATE TABLE reports (
    id              INTEGER PRIMARY KEY,
    identity        TEXT NOT NULL UNIQUE,  -- name key + year, or file:<sha256> when either is unknown
    agency          TEXT NULL,
    agency_key      TEXT NULL,
    year            INTEGER NULL,
    unit_id         INTEGER NULL REFERENCES units (id) ON DELETE SET NULL,
    match_kind      TEXT NULL,             -- name | alias | abbreviation | manual
    current_version INTEGER NULL
);
CREATE INDEX reports_year ON reports (year);
CREATE INDEX reports_unit ON reports (unit_id, year);

CREATE TABLE report_versions (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id),
    version       INTEGER NOT NULL,
    template      TEXT NULL,
    published_on  TEXT NULL,
    is_summary    INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,          -- hash of the canonical JSON: same data, same hash
    report_json   TEXT NOT NULL,           -- canonical JSON with sections, narrative, provenance
    errors        INTEGER NOT NULL,
    warnings      INTEGER NOT NULL,
    imported_at   TEXT NOT NULL,
    UNIQUE (report_id, version)
);

-- Every file imported, and the version it produced or confirmed.
CREATE TABLE version_sources (
    file_sha256 TEXT PRIMARY KEY REFERENCES files (sha256),
    version_id  INTEGER NOT NULL REFERENCES report_versions (id),
    source_path TEXT NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX version_sources_version ON version_sources (version_id);

-- The cells of tables 二, 三 and 四 (one row per template cell).
CREATE TABLE cells (
    id          INTEGER PRIMARY KEY,
    table_key   TEXT NOT NULL,            -- proactive | requests | appeals
    row_key     TEXT NOT NULL,
    column_key  TEXT NOT NULL,
    UNIQUE (table_key, row_key, column_key)
);

-- Every printed cell of every version: value, or blank/unreadable.
CREATE TABLE facts (
    version_id INTEGER NOT NULL REFERENCES report_versions (id),
    cell_id    INTEGER NOT NULL REFERENCES cells (id),
    state      INTEGER NOT NULL,          -- 0 number, 1 blank, 2 unreadable
    value      NUMERIC NULL,
    PRIMARY KEY (version_id, cell_id)
) WITHOUT ROWID;

-- The validator's findings on each version.
CREATE TABLE findings (
    version_id INTEGER NOT NULL REFERENCES report_versions (id),
    seq        INTEGER NOT NULL,
    code       TEXT NOT NULL,
    severity   TEXT NOT NULL,
    cells      TEXT NOT NULL,             -- space-separated cell paths
    message    TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
) WITHOUT ROWID;

-- Readable view: the current version's facts with their unit and cell names.
CREATE VIEW current_facts AS
SELECT r.id AS report_id, r.agency, r.year, u.code AS unit_code, u.region, u.level,
       c.table_key, c.row_key, c.column_key, f.state, f.value
FROM reports r
JOIN facts f ON f.version_id = r.current_version
JOIN cells c ON c.id = f.cell_id
LEFT JOIN units u ON u.id = r.unit_id;
