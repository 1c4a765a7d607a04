-- Table 三 from the cases (CaseRepository.Tallies and CountedIn): a unit's cases received by 31 December, with the
-- columns the counts read — receipt, closing day, applicant kind, outcome — in one index, so that counting a unit's
-- year reads the index only, never the rows with their bodies (100,000 cases: docs/benchmarks.md, "Cases"). Written so
-- that it can be applied again.
CREATE INDEX IF NOT EXISTS cases_tally ON cases (unit_id, received, closed_on, applicant_kind, outcome);
