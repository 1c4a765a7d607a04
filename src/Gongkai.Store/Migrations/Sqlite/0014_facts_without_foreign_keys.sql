-- Facts without foreign keys, as on PostgreSQL (docs/store.md, "Facts without foreign keys"): only FactWriter writes
-- facts, in the transaction that writes their version, with cell ids from CellCatalog; versions and cells are never
-- deleted; ReportStore.FindInconsistencies reports an orphaned fact. SQLite cannot drop a constraint, so the table is
-- rebuilt the documented way (https://www.sqlite.org/lang_altertable.html#otheralter): a new table, the rows copied in
-- key order, the old table dropped, the new one renamed. The view that reads facts is dropped first and created again
-- unchanged (a rename is refused while a view names a missing table). facts has no index beyond its primary key, and
-- no table refers to it.
DROP VIEW IF EXISTS current_facts;

CREATE TABLE facts_new (
    version_id INTEGER NOT NULL,
    cell_id    INTEGER NOT NULL,
    state      INTEGER NOT NULL,          -- 0 number, 1 blank, 2 unreadable
    value      NUMERIC NULL,
    PRIMARY KEY (version_id, cell_id)
) WITHOUT ROWID;
INSERT INTO facts_new (version_id, cell_id, state, value) SELECT version_id, cell_id, state, value FROM facts ORDER BY version_id, cell_id;
DROP TABLE facts;
ALTER TABLE facts_new RENAME TO facts;

CREATE VIEW current_facts AS
SELECT r.id AS report_id, r.agency, r.year, u.code AS unit_code, u.region, u.level,
       c.table_key, c.row_key, c.column_key, f.state, f.value
FROM reports r
JOIN facts f ON f.version_id = r.current_version
JOIN cells c ON c.id = f.cell_id
LEFT JOIN units u ON u.id = r.unit_id;
