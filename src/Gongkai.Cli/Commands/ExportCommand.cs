using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Exporting;
using Gongkai.Cli.Formatting;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai export --format long|wide|xlsx|jsonl --out PATH</c>: the stored reports as data, for any region/year/agency.</summary>
internal static class ExportCommand
{
    private static readonly Option<string> Format = new Option<string>("--format")
    {
        Description = "long：每个单元格一行的 CSV；wide：每表一个 CSV（每份报告一行）；xlsx：工作簿；jsonl：每行一份报告的 JSON",
        Required = true,
    }.AcceptOnlyFromAmong("long", "wide", "xlsx", "jsonl");

    private static readonly Option<string> Out = new("--out") { Description = "输出文件（wide 为目录）；long 和 jsonl 可用 - 表示标准输出", Required = true };
    private static readonly Option<string?> Region = new("--region") { Description = "区域路径或其中一级名称" };
    private static readonly Option<int?> Year = new("--year") { Description = "年度（或起始年度）" };
    private static readonly Option<int?> ToYear = new("--to-year") { Description = "截止年度" };
    private static readonly Option<string?> Agency = new("--agency") { Description = "单位代码或名称" };
    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("export", "导出数据库中的报告（各报告的当前版本）：CSV（长表/宽表）、XLSX、JSON Lines") { Format, Out, Region, Year, ToYear, Agency, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var options = new ExportOptions
            {
                Format = Enum.Parse<ExportFormat>(result.GetValue(Format)!, ignoreCase: true),
                Target = result.GetValue(Out)!,
                Region = result.GetValue(Region),
                FromYear = result.GetValue(Year),
                ToYear = result.GetValue(ToYear),
                Agency = result.GetValue(Agency),
            };
            using var standardOutput = options.GoesToCaller ? StandardOutput.Open(output) : null;
            var exported = ExportReports.Run(store, options, standardOutput);
            if (standardOutput is { ReaderClosed: true })
            {
                // `| head`: the reader has what it wanted and exited; the export stops there, quietly (docs/store.md).
                return ExitCodes.Ok;
            }

            if (exported.Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            if (standardOutput is null)
            {
                error.WriteLine($"已导出 {exported.Reports} 份报告：{string.Join("、", exported.Written)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
