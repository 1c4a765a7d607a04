using Gongkai.Application.Auditing;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;

namespace Gongkai.Application.Outputs;

/// <summary>An audit as sheets: findings, counts by rule, region totals, units without a report, and one sheet per table with every unit.</summary>
public static class AuditSheets
{
    /// <summary>The sheets of the audit workbook, in order.</summary>
    public static IEnumerable<TabularSheet> All(AuditResult audit, ReportStore store)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(store);
        yield return Findings(audit);
        yield return Rules(audit);
        yield return Totals(audit);
        yield return Missing(audit);
        var tables = new ExportSheets(store, ReportFilter.ForYear(audit.Scope, audit.Year, audit.Region));
        yield return tables.Wide(TableKind.Proactive);
        yield return tables.Wide(TableKind.Requests);
        yield return tables.Wide(TableKind.Appeals);
    }

    /// <summary>One row per finding.</summary>
    public static TabularSheet Findings(AuditResult audit) => new("问题清单",
        [
            new("单位代码", TabularType.Text), new("单位", TabularType.Text), new("年度", TabularType.Integer), new("级别", TabularType.Text),
            new("规则", TabularType.Text), new("来源", TabularType.Text), new("单元格", TabularType.Text), new("说明", TabularType.Text, 80),
        ],
        (audit ?? throw new ArgumentNullException(nameof(audit))).Findings.Select(f => (IReadOnlyList<object?>)[
            f.UnitCode, f.Agency, f.Year, f.Severity.ToDisplayName(), f.Code, SourceName(f.Source), f.Cells, f.Message]));

    /// <summary>Findings counted by rule.</summary>
    public static TabularSheet Rules(AuditResult audit) => new("规则统计",
        [new("规则", TabularType.Text), new("级别", TabularType.Text), new("问题数", TabularType.Integer), new("涉及单位数", TabularType.Integer)],
        (audit ?? throw new ArgumentNullException(nameof(audit))).CountsByRule.Select(c => (IReadOnlyList<object?>)[c.Code, c.Severity.ToDisplayName(), c.Count, c.Units]));

    /// <summary>The region's totals, one row per cell.</summary>
    public static TabularSheet Totals(AuditResult audit) => new("区域合计",
        [
            new("表", TabularType.Text), new("行", TabularType.Text, 50), new("列", TabularType.Text), new("合计", TabularType.Decimal),
            new("填报单位数", TabularType.Integer), new("空白单位数", TabularType.Integer), new("单元格", TabularType.Text),
        ],
        (audit ?? throw new ArgumentNullException(nameof(audit))).Totals.Cells.Select(c =>
        {
            var kind = c.Cell.Kind;
            return (IReadOnlyList<object?>)[kind.ToDisplayName(), TemplateLabels.RowLabel(kind, c.Cell.Row), TemplateLabels.ColumnLabel(kind, c.Cell.Column, c.Cell.Row), c.Sum, c.Reporting, c.Blank, c.Cell.Path];
        }));

    /// <summary>Registered units without a report for the year.</summary>
    public static TabularSheet Missing(AuditResult audit) => new("未报送单位",
        [new("单位代码", TabularType.Text), new("单位", TabularType.Text), new("层级", TabularType.Text), new("区域", TabularType.Text)],
        (audit ?? throw new ArgumentNullException(nameof(audit))).Missing.Select(u => (IReadOnlyList<object?>)[u.Code, u.Name, u.Level, u.Region]));

    private static string SourceName(AuditSource source) => source switch
    {
        AuditSource.Report => "报告本身",
        AuditSource.CrossYear => "跨年度",
        AuditSource.Summary => "汇总与所属单位",
        _ => "单位名录",
    };
}
