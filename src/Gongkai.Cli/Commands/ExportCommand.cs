using System.CommandLine;
using Gongkai.Application.Outputs;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Model;
using Gongkai.Parsing.Reading;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;

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
            var year = result.GetValue(Year);
            var filter = new ReportFilter { Region = result.GetValue(Region), FromYear = year, ToYear = result.GetValue(ToYear) ?? year, Agency = result.GetValue(Agency) };
            var sheets = new ExportSheets(store, filter);
            var target = result.GetValue(Out)!;
            try
            {
                var written = Write(result.GetValue(Format)!, target, sheets, output);
                if (target != "-")
                {
                    error.WriteLine($"已导出 {store.Reports(filter).Count} 份报告：{string.Join("、", written)}");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                FailureFormatter.Write(error, $"导出失败：无法写入 {target}（{IoFailures.Describe(ex)}）。", ex, result.IsVerbose());
                return ExitCodes.UnusableInput;
            }
            catch (TabularLimitException ex)
            {
                error.WriteLine($"导出失败（{target}）：{ex.Message}"); // the writer's own Chinese message
                return ExitCodes.UnusableInput;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string> Write(string format, string target, ExportSheets sheets, TextWriter output)
    {
        switch (format)
        {
            case "long":
                WriteCsv(target, sheets.Facts(), output);
                return [target];
            case "jsonl":
                using (var writer = target == "-" ? null : new StreamWriter(target, false, new System.Text.UTF8Encoding(false)))
                {
                    foreach (var line in sheets.JsonLines())
                    {
                        (writer ?? output).Write(line);
                        (writer ?? output).Write('\n');
                    }
                }

                return [target];
            case "wide":
                Directory.CreateDirectory(target);
                var files = new List<string>();
                foreach (var sheet in new[] { sheets.Reports(), sheets.Wide(TableKind.Proactive), sheets.Wide(TableKind.Requests), sheets.Wide(TableKind.Appeals) })
                {
                    var path = Path.Combine(target, sheet.Name + ".csv");
                    WriteCsv(path, sheet, output);
                    files.Add(path);
                }

                return files;
            default:
                using (var stream = File.Create(target))
                {
                    XlsxWorkbookWriter.Write(stream, [sheets.Reports(), sheets.Wide(TableKind.Proactive), sheets.Wide(TableKind.Requests), sheets.Wide(TableKind.Appeals)]);
                }

                return [target];
        }
    }

    private static void WriteCsv(string target, TabularSheet sheet, TextWriter output)
    {
        if (target == "-")
        {
            CsvTableWriter.Write(output, sheet);
            return;
        }

        using var writer = CsvTableWriter.CreateFile(target);
        CsvTableWriter.Write(writer, sheet);
    }
}
