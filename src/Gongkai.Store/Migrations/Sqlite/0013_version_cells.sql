-- Roll-ups read pre-aggregated data, not facts (docs/store.md, "Roll-ups"): one row per version with all its cells
-- packed into a few hundred bytes (Database/PackedCells.cs) and its summary flag, so that summing a region's current
-- versions reads one short row per report instead of ~150 fact rows and the version row with its JSON. Written with
-- the version's facts and never updated; the rows of versions stored before this migration are packed from their
-- facts by the migration itself (VersionCells.Backfill, run by Migrations after this script). version_id is the
-- rowid: a report's current version is found by one key lookup. Written so that it can be applied again.
CREATE TABLE IF NOT EXISTS version_cells (
    version_id INTEGER PRIMARY KEY REFERENCES report_versions (id),
    is_summary INTEGER NOT NULL,
    cells      BLOB NOT NULL
);
