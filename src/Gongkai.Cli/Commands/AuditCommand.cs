using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Auditing;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;
using Gongkai.Store;

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
            var audit = AuditRegion.Run(store, new AuditOptions { Scope = AccessScope.All, Region = result.GetValue(Region), Year = result.GetValue(Year), OutDirectory = result.GetValue(Out) });
            AuditTextFormatter.Write(output, audit, result.GetValue(MinimumSeverity));
            foreach (var file in audit.Written)
            {
                output.WriteLine($"已写入 {file}");
            }

            if (audit.Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            return audit.Count(Severity.Error) > 0 ? ExitCodes.ReportErrors : ExitCodes.Ok;
        });
        return command;
    }
}
