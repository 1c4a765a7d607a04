using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Exporting;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;
using Gongkai.Reporting.Tabular;

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
            var exported = ExportReports.Run(store, options);
            if (exported.Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            if (exported.Sheet is null && exported.JsonLines is null)
            {
                if (options.Target != ExportOptions.ToCaller)
                {
                    error.WriteLine($"已导出 {exported.Reports} 份报告：{string.Join("、", exported.Written)}");
                }

                return ExitCodes.Ok;
            }

            try
            {
                Print(output, exported);
            }
            catch (IOException ex)
            {
                FailureFormatter.Write(error, $"导出失败：无法写入 {options.Target}（{IoFailures.Describe(ex)}）。", ex, result.IsVerbose());
                return ExitCodes.UnusableInput;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // `--out -`: the rows stream from the store to standard output.
    private static void Print(TextWriter output, ExportResult exported)
    {
        if (exported.Sheet is { } sheet)
        {
            CsvTableWriter.Write(output, sheet);
        }

        foreach (var line in exported.JsonLines ?? [])
        {
            output.Write(line);
            output.Write('\n');
        }
    }
}
