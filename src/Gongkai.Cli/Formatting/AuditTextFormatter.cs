using Gongkai.Application.Auditing;
using Gongkai.Core.Diagnostics;

namespace Gongkai.Cli.Formatting;

/// <summary>An audit as text: the counts, each unit's findings from <c>--severity</c> up, and the counts by rule.</summary>
internal static class AuditTextFormatter
{
    public static void Write(TextWriter output, AuditResult audit, Severity minimum)
    {
        output.WriteLine($"■ 审核 {audit.Region ?? "全部报告"} · {audit.Year} 年度：报告 {audit.Reports.Count} 份；名录单位 {audit.Registered.Count} 个，未报送 {audit.Missing.Count} 个");
        output.WriteLine($"  错误 {audit.Count(Severity.Error)} 项，警告 {audit.Count(Severity.Warning)} 项，提示 {audit.Count(Severity.Info)} 项");
        output.WriteLine();
        foreach (var unit in audit.Findings.Where(f => f.Severity >= minimum).GroupBy(f => (f.UnitCode, f.Agency)))
        {
            output.WriteLine($"{unit.Key.Agency ?? "（机关未识别）"}{(unit.Key.UnitCode is { } code ? $"（{code}）" : "")}");
            foreach (var finding in unit)
            {
                output.WriteLine($"  {finding.Severity.ToDisplayName()} {finding.Code} {finding.Message}");
            }
        }

        output.WriteLine();
        output.WriteLine("按规则统计：");
        foreach (var (code, severity, count, units) in audit.CountsByRule)
        {
            output.WriteLine($"  {code} {severity.ToDisplayName()}：{count} 项，涉及 {units} 个单位");
        }
    }
}
