-- Facts without foreign keys (docs/store.md, "Facts without foreign keys"): each of the ~200 fact rows of a report
-- fired two constraint triggers, each a query on report_versions or cells, and those were over half of the server's
-- CPU during an import. Only FactWriter writes facts, in the transaction that writes their version, with cell ids from
-- CellCatalog; versions and cells are never deleted; ReportStore.FindInconsistencies reports an orphaned fact.
-- Findings (a few per hundred reports) and the other tables keep theirs. The names are PostgreSQL's defaults for the
-- constraints of 0001_initial.sql. Written so that it can be applied again.
ALTER TABLE facts DROP CONSTRAINT IF EXISTS facts_version_id_fkey;
ALTER TABLE facts DROP CONSTRAINT IF EXISTS facts_cell_id_fkey;
