using System.Text.Json.Serialization;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Formatting;

/// <summary>A region's totals as <c>rollup --format json</c> writes them (camelCase, in this order).</summary>
internal sealed record RegionTotalsJson(string? Region, int Year, int Reports, int SummaryReports, Indicators Indicators, CellTotalJson[] Cells)
{
    public static RegionTotalsJson[] From(IReadOnlyList<RegionTotals> totals)
    {
        var result = new RegionTotalsJson[totals.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var t = totals[i];
            var cells = new CellTotalJson[t.Cells.Count];
            for (var j = 0; j < cells.Length; j++)
            {
                var c = t.Cells[j];
                cells[j] = new CellTotalJson(c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Sum, c.Reporting, c.Blank);
            }

            result[i] = new RegionTotalsJson(t.Region, t.Year, t.Reports, t.SummaryReports, t.Indicators, cells);
        }

        return result;
    }
}

/// <summary>One cell's total in <see cref="RegionTotalsJson"/>.</summary>
internal sealed record CellTotalJson(string Table, string Row, string Column, decimal Sum, int Reporting, int Blank);

/// <summary>Type metadata for the roll-up's JSON, generated at compile time: no reflection, so Native AOT can write it.</summary>
[JsonSerializable(typeof(RegionTotalsJson[]))]
internal sealed partial class RollupJson : JsonSerializerContext
{
    /// <summary>With <see cref="StoreJson.Indented"/>'s settings.</summary>
    public static RollupJson Indented { get; } = StoreJson.IndentedContext(options => new RollupJson(options));
}
