using System.CommandLine;
using System.Text.Json;
using Gongkai.Cli.Formatting;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai rollup --region R --year Y</c>: the region's totals of every cell, and the derived indicators.</summary>
internal static class RollupCommand
{
    private static readonly Option<string?> Region = new("--region") { Description = "区域：名录中的区域路径或其中一级名称（如 东山市）；省略则汇总全部报告" };
    private static readonly Option<int> Year = new("--year") { Description = "年度", Required = true };
    private static readonly Option<int?> ToYear = new("--to-year") { Description = "汇总到此年度（逐年列出）" };
    private static readonly Option<string> Format = new Option<string>("--format") { Description = "输出格式", DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "json", "csv");
    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("rollup", "区域汇总：逐年合计表二、表三、表四的每个单元格（汇总报告不重复计入），并计算公开率、纠错率等指标") { Region, Year, ToYear, Format, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var from = result.GetValue(Year);
            var filter = new Store.ReportFilter { Region = result.GetValue(Region), FromYear = from, ToYear = result.GetValue(ToYear) ?? from };
            var totals = new StoreQueries(store).Totals(filter);
            switch (result.GetValue(Format))
            {
                case "json":
                    output.WriteLine(JsonSerializer.Serialize(totals.Select(ToJson), Store.StoreJson.Indented));
                    break;
                case "csv":
                    WriteCsv(output, totals);
                    break;
                default:
                    WriteText(output, totals, filter);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static object ToJson(RegionTotals t) => new
    {
        t.Region,
        t.Year,
        t.Reports,
        t.SummaryReports,
        t.Indicators,
        Cells = t.Cells.Select(c => new { c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Sum, c.Reporting, c.Blank }),
    };

    private static void WriteCsv(TextWriter output, IReadOnlyList<RegionTotals> totals)
    {
        output.WriteLine("year,table,row,column,sum,reporting,blank");
        foreach (var t in totals)
        {
            foreach (var c in t.Cells)
            {
                output.WriteLine(FormattableString.Invariant($"{t.Year},{c.Cell.Table},{c.Cell.Row},{c.Cell.Column},{CellTableFormatter.Number(c.Sum)},{c.Reporting},{c.Blank}"));
            }
        }
    }

    private static void WriteText(TextWriter output, IReadOnlyList<RegionTotals> totals, Store.ReportFilter filter)
    {
        if (totals.Count == 0)
        {
            output.WriteLine($"{filter.Region ?? "全部"}：{filter.FromYear}–{filter.ToYear} 年没有已导入的报告。");
            return;
        }

        foreach (var t in totals)
        {
            var summaries = t.SummaryReports > 0 ? $"（另有汇总报告 {t.SummaryReports} 份未重复计入）" : "";
            output.WriteLine($"■ {t.Region ?? "全部报告"} · {t.Year} 年：合计 {t.Reports} 份报告{summaries}");
            output.WriteLine();
            CellTableFormatter.Write(output, [.. t.Cells.Select(c => c.Cell)], ["合计"], cell => [CellTableFormatter.Number(t.Cells.First(c => c.Cell == cell).Sum)]);
            WriteIndicators(output, t.Indicators);
            output.WriteLine();
        }
    }

    public static void WriteIndicators(TextWriter output, Indicators i)
    {
        output.WriteLine($"指标：公开率 {CellTableFormatter.Percent(i.DisclosureRate)}｜行政复议纠错率 {CellTableFormatter.Percent(i.ReconsiderationCorrectionRate)}｜行政诉讼纠错率 {CellTableFormatter.Percent(i.LitigationCorrectionRate)}｜本机关不掌握占比 {CellTableFormatter.Percent(i.NotHeldShare)}");
    }
}
