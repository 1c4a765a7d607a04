using System.Text.Json.Serialization;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Formatting;

/// <summary>A comparison as <c>compare --format json</c> writes it (camelCase, in this order).</summary>
internal sealed record ComparisonJson(
    string LeftLabel, string RightLabel, string? Left, string? Right, Indicators LeftIndicators, Indicators RightIndicators, ComparedCellJson[] Cells)
{
    public static ComparisonJson From(Comparison comparison)
    {
        var cells = new ComparedCellJson[comparison.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = comparison.Cells[i];
            cells[i] = new ComparedCellJson(c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Left, c.Right, c.Change);
        }

        return new ComparisonJson(
            comparison.LeftLabel,
            comparison.RightLabel,
            comparison.Left?.UnitName ?? comparison.Left?.Agency,
            comparison.Right?.UnitName ?? comparison.Right?.Agency,
            comparison.LeftIndicators,
            comparison.RightIndicators,
            cells);
    }
}

/// <summary>One cell of <see cref="ComparisonJson"/>: both sides and the change.</summary>
internal sealed record ComparedCellJson(string Table, string Row, string Column, decimal? Left, decimal? Right, decimal? Change);

/// <summary>Type metadata for the comparison's JSON, generated at compile time: no reflection, so Native AOT can write it.</summary>
[JsonSerializable(typeof(ComparisonJson))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext
{
    /// <summary>With <see cref="StoreJson.Indented"/>'s settings.</summary>
    public static ComparisonJsonContext Indented { get; } = StoreJson.IndentedContext(options => new ComparisonJsonContext(options));
}
