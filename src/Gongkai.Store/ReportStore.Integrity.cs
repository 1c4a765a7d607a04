namespace Gongkai.Store;

/// <summary>Consistency checks: what a crash would leave behind if a report were not written in one transaction.</summary>
public sealed partial class ReportStore
{
    /// <summary>Every inconsistency found (empty when the store is whole), in Chinese.</summary>
    public IReadOnlyList<string> FindInconsistencies()
    {
        var problems = new List<string>();
        void Check(string sql, string message)
        {
            var count = _db.Scalar<long>(sql);
            if (count > 0)
            {
                problems.Add($"{message}：{count} 处");
            }
        }

        Check("SELECT COUNT(*) FROM reports WHERE current_version IS NULL", "报告没有当前版本");
        Check("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.id = r.current_version AND v.report_id = r.id)", "报告的当前版本不属于该报告");
        Check("SELECT COUNT(*) FROM report_versions v WHERE NOT EXISTS (SELECT 1 FROM version_sources s WHERE s.version_id = v.id)", "版本没有来源文件");
        Check("SELECT COUNT(*) FROM version_sources s WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = s.file_sha256)", "来源文件缺失");
        Check("SELECT COUNT(*) FROM (SELECT report_id, version FROM report_versions GROUP BY report_id, version HAVING COUNT(*) > 1) d", "版本号重复");
        Check("SELECT COUNT(*) FROM report_versions v WHERE v.report_json LIKE '%\"rows\"%' AND NOT EXISTS (SELECT 1 FROM facts f WHERE f.version_id = v.id)", "有表格的版本没有单元格数据");
        Check("SELECT COUNT(*) FROM report_versions v WHERE NOT EXISTS (SELECT 1 FROM version_cells c WHERE c.version_id = v.id)", "版本没有供汇总统计使用的打包单元格数据");

        // Facts have no foreign keys (migration 0014: they cost the import two queries per row on the server); only
        // FactWriter writes them, in their version's transaction. What the keys would have refused:
        Check("SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.id = f.version_id)", "单元格数据不属于任何版本");
        Check("SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM cells c WHERE c.id = f.cell_id)", "单元格数据指向不存在的单元格");
        Check("SELECT COUNT(*) FROM version_cells c WHERE NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.id = c.version_id)", "打包单元格数据不属于任何版本");
        if (Database.VersionCells.CountMismatches(_db) is var mismatches and > 0)
        {
            problems.Add($"版本供汇总统计使用的打包单元格数据与其单元格数据不一致：{mismatches} 处");
        }

        return problems;
    }
}
