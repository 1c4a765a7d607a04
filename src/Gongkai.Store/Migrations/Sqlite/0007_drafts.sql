-- Drafts of 在线填报 (online filling-in): one per unit and year, its body the report as canonical JSON with its
-- sections (ReportJsonOptions.Authoring). `revision` grows by one on every save, and a save names the revision it
-- started from, so two tabs never overwrite each other silently (optimistic concurrency). A submitted draft keeps the
-- report id it became (the report and its versions are in reports/report_versions like any import). Times are Unix
-- milliseconds (UTC).
CREATE TABLE drafts (
    id                  INTEGER PRIMARY KEY,
    unit_code           TEXT NOT NULL,
    year                INTEGER NOT NULL,
    body                TEXT NOT NULL,
    revision            INTEGER NOT NULL,
    created_by          TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_by          TEXT NOT NULL,
    updated_at          INTEGER NOT NULL,
    submitted_report_id INTEGER NULL,
    submitted_at        INTEGER NULL,
    UNIQUE (unit_code, year)
);
