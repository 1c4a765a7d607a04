using System.CommandLine;
using Gongkai.Application.Auditing;
using Gongkai.Application.Outputs;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Reading;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai audit --region R --year Y</c>: every unit's problems — statutory rules, cross-year rules, summaries, coverage.</summary>
/// <remarks>Exit code 0 when no finding is an error, 2 when one is, 4 when the store cannot be opened.</remarks>
internal static class AuditCommand
{
    private static readonly Option<string?> Region = new("--region") { Description = "区域：名录中的区域路径或其中一级名称；省略则审核全部报告" };
    private static readonly Option<int> Year = new("--year") { Description = "年度", Required = true };
    private static readonly Option<string?> Out = new("--out") { Description = "输出目录：写入 审核-区域-年度.xlsx、.csv（问题清单）和 .json" };
    private static readonly Option<Severity> MinimumSeverity = new("--severity")
    {
        Description = "屏幕上只显示不低于此级别的问题：Info、Warning、Error（文件中包含全部问题）",
        DefaultValueFactory = _ => Severity.Warning,
    };

    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("audit", "审核一个区域某年度的全部报告：法定规则、跨年度衔接、汇总报告与所属单位、未报送单位；可输出 XLSX/CSV/JSON") { Region, Year, Out, MinimumSeverity, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var audit = RegionAudit.Run(store, result.GetValue(Region), result.GetValue(Year));
            WriteText(output, audit, result.GetValue(MinimumSeverity));
            if (result.GetValue(Out) is { } folder)
            {
                try
                {
                    foreach (var file in AuditFiles.Write(folder, audit, store))
                    {
                        output.WriteLine($"已写入 {file}");
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    FailureFormatter.Write(error, $"无法写入输出目录 {folder}（{IoFailures.Describe(ex)}）。", ex, result.IsVerbose());
                    return ExitCodes.UnusableInput;
                }
            }

            return audit.Count(Severity.Error) > 0 ? ExitCodes.ReportErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter output, AuditResult audit, Severity minimum)
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
