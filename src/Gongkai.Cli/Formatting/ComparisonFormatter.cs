using System.Text.Json;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Formatting;

/// <summary>A comparison as text (both sides per cell with the change) or JSON.</summary>
internal static class ComparisonFormatter
{
    public static void WriteJson(TextWriter output, Comparison comparison) =>
        output.WriteLine(JsonSerializer.Serialize(ComparisonJson.From(comparison), ComparisonJsonContext.Indented.ComparisonJson));

    public static void WriteText(TextWriter output, Comparison comparison)
    {
        output.WriteLine($"■ {comparison.LeftLabel}（{Describe(comparison.Left)}）→ {comparison.RightLabel}（{Describe(comparison.Right)}）");
        output.WriteLine();
        CellTableFormatter.Write(output, comparison.Cells, c => c.Cell, [comparison.LeftLabel, comparison.RightLabel], c =>
        {
            var change = c.Change is { } d and not 0 ? $"（{(d > 0 ? "+" : "")}{CellTableFormatter.Number(d)}）" : "";
            return [CellTableFormatter.Number(c.Left), CellTableFormatter.Number(c.Right) + change];
        });
        output.Write($"{comparison.LeftLabel} ");
        IndicatorsFormatter.Write(output, comparison.LeftIndicators);
        output.Write($"{comparison.RightLabel} ");
        IndicatorsFormatter.Write(output, comparison.RightIndicators);
    }

    private static string Describe(StoredReport? report) =>
        report is null ? "无报告" : $"{report.UnitName ?? report.Agency} {report.Year}年 第{report.Version}版";
}
