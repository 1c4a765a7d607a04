using System.Globalization;
using Gongkai.Core.Model;

namespace Gongkai.Core.Comparison;

/// <summary>
/// Compares a parsed report with a truth report value by value: the four metadata fields, every cell of every
/// table (a missing table or row counts each of its cells), the presence of each table, and the incomplete flags.
/// </summary>
public static class ReportComparer
{
    /// <summary>Every compared value of <paramref name="expected"/> against <paramref name="actual"/> (null: nothing parsed).</summary>
    public static IReadOnlyList<CellComparison> Compare(AnnualReport expected, AnnualReport? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var result = new List<CellComparison>
        {
            new("agency", Text(expected.Agency), Text(actual?.Agency)),
            new("year", Number(expected.Year), Number(actual?.Year)),
            new("template", Text(expected.Template?.ToJsonValue()), Text(actual?.Template?.ToJsonValue())),
            new("publishedOn", Text(expected.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Text(actual?.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        };
        if (expected.Pre2019Format || actual?.Pre2019Format == true)
        {
            result.Add(new CellComparison("pre2019Format", Bool(expected.Pre2019Format), Bool(actual?.Pre2019Format == true)));
        }

        ComparePortal(expected.Portal, actual?.Portal, result);
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            CompareTable(kind, expected.Table(kind), actual?.Table(kind), result);
        }

        return result;
    }

    // The portal's header, when the truth records one: its 发布时间 above all, which must not become publishedOn.
    private static void ComparePortal(PortalMetadata? expected, PortalMetadata? actual, List<CellComparison> result)
    {
        if (expected is null)
        {
            return;
        }

        result.Add(new CellComparison("portal.title", Text(expected.Title), Text(actual?.Title)));
        result.Add(new CellComparison("portal.publishedAt", Text(expected.PublishedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), Text(actual?.PublishedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        result.Add(new CellComparison("portal.publisher", Text(expected.Publisher), Text(actual?.Publisher)));
        result.Add(new CellComparison("portal.url", Text(expected.Url), Text(actual?.Url)));
    }

    private static void CompareTable(TableKind kind, ReportTable? expected, ReportTable? actual, List<CellComparison> result)
    {
        var name = kind.ToJsonKey();
        if (expected is null || actual is null)
        {
            result.Add(new CellComparison(name, expected is null ? "null" : "table", actual is null ? "null" : "table"));
            if (expected is null)
            {
                return;
            }
        }

        foreach (var row in expected.Rows)
        {
            foreach (var cell in row.Cells)
            {
                var found = actual?[row.Key]?[cell.Column];
                result.Add(new CellComparison(Path(kind, row.Key, cell.Column), Value(cell), found is null ? Missing(actual, row.Key) : Value(found)));
            }
        }

        if (actual is null)
        {
            return;
        }

        foreach (var row in actual.Rows.Where(r => expected[r.Key] is null))
        {
            foreach (var cell in row.Cells)
            {
                result.Add(new CellComparison(Path(kind, row.Key, cell.Column), "(absent)", Value(cell)));
            }
        }

        if (expected.Incomplete || actual.Incomplete)
        {
            result.Add(new CellComparison($"{name}.incomplete", Bool(expected.Incomplete), Bool(actual.Incomplete)));
        }
    }

    private static string Path(TableKind kind, string row, string column) =>
        kind == TableKind.Requests ? $"requests.rows.{row}.{column}" : $"{kind.ToJsonKey()}.{row}.{column}";

    private static string Missing(ReportTable? table, string row) => table?[row] is null ? "(absent)" : "(no cell)";

    private static string Value(Cell cell) =>
        cell.Value is { } value ? (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "null";

    private static string Text(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Bool(bool value) => value ? "true" : "false";
}
