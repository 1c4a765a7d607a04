-- The findings' counts of every version, apart from its JSON (报告列表's 状态 filter and 问题最多 order): a version row
-- carries its report JSON inline (about 12 KB: on SQLite, overflow pages that must be read to reach the columns stored
-- after it), so a filter or sort on errors and warnings over thousands of reports read tens of megabytes per request.
-- This index covers (errors, warnings, id), so ReportFilter and ReportStore.Browse read only it (written so that it
-- can be applied again).
CREATE INDEX IF NOT EXISTS report_versions_counts ON report_versions (errors, warnings, id);
