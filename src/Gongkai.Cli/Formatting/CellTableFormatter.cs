using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Formatting;

/// <summary>Prints cell values grouped back into tables 二/三/四 — rows down, columns across — as the report prints them.</summary>
internal static class CellTableFormatter
{
    /// <summary>
    /// <paramref name="items"/> (one a cell, <paramref name="cellOf"/> says which) as tables: tables in the order their first
    /// cell comes, rows likewise, cells in the order given; <paramref name="values"/> gives the figures under <paramref name="headers"/>.
    /// </summary>
    public static void Write<T>(TextWriter output, IEnumerable<T> items, Func<T, CellKey> cellOf, IReadOnlyList<string> headers, Func<T, IReadOnlyList<string>> values)
    {
        foreach (var table in items.GroupBy(item => cellOf(item).Kind))
        {
            var kind = table.Key;
            output.WriteLine($"{kind.ToDisplayName()} {kind.ToTitle()}");
            var rows = table.GroupBy(item => cellOf(item).Row, StringComparer.Ordinal).ToList();
            var labelWidth = rows.Max(row => TextWidth.Of(Label(kind, row.Key))) + 2;
            foreach (var row in rows)
            {
                output.Write("  " + TextWidth.PadRight(Label(kind, row.Key), labelWidth));
                output.WriteLine(string.Join("｜", row.Select(item => $"{TemplateLabels.ColumnLabel(kind, cellOf(item).Column, row.Key)} {Shown(values(item), headers)}")));
            }

            output.WriteLine();
        }
    }

    public static string Number(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";

    public static string Percent(decimal? value) => value is { } v ? (v * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Label(TableKind kind, string row) => TemplateLabels.RowLabel(kind, row);

    private static string Shown(IReadOnlyList<string> values, IReadOnlyList<string> headers) => headers.Count == 1 ? values[0] : string.Join(" → ", values);
}
