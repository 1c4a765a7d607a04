using System.Text.Json;
using Gongkai.Application.RollingUp;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Formatting;

/// <summary>A roll-up as text (a table per year), JSON or long CSV.</summary>
internal static class RollupFormatter
{
    public static void Write(TextWriter output, RollUpResult rolledUp, string format)
    {
        switch (format)
        {
            case "json":
                WriteJson(output, rolledUp.Totals);
                break;
            case "csv":
                WriteCsv(output, rolledUp.Totals);
                break;
            default:
                WriteText(output, rolledUp.Totals, rolledUp.Filter);
                break;
        }
    }

    // Its own method, so that text and CSV output do not load System.Text.Json (start-up, docs/performance.md).
    private static void WriteJson(TextWriter output, IReadOnlyList<RegionTotals> totals) =>
        output.WriteLine(JsonSerializer.Serialize(RegionTotalsJson.From(totals), RollupJson.Indented.RegionTotalsJsonArray));

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

    private static void WriteText(TextWriter output, IReadOnlyList<RegionTotals> totals, ReportFilter filter)
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
            CellTableFormatter.Write(output, t.Cells, c => c.Cell, ["合计"], c => [CellTableFormatter.Number(c.Sum)]);
            IndicatorsFormatter.Write(output, t.Indicators);
            output.WriteLine();
        }
    }
}
