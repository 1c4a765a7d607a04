using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Formatting;

/// <summary>Prints cell values grouped back into tables 二/三/四 — rows down, columns across — as the report prints them.</summary>
internal static class CellTableFormatter
{
    public static void Write(TextWriter output, IReadOnlyList<CellKey> cells, IReadOnlyList<string> headers, Func<CellKey, IReadOnlyList<string>> values)
    {
        foreach (var table in cells.GroupBy(c => c.Kind))
        {
            var kind = table.Key;
            output.WriteLine($"{kind.ToDisplayName()} {kind.ToTitle()}");
            var rows = table.GroupBy(c => c.Row).ToList();
            var labelWidth = rows.Max(r => TextWidth.Of(Label(kind, r.Key))) + 2;
            foreach (var row in rows)
            {
                output.Write("  " + TextWidth.PadRight(Label(kind, row.Key), labelWidth));
                var parts = row.Select(cell =>
                {
                    var cellValues = values(cell);
                    var shown = headers.Count == 1 ? cellValues[0] : string.Join(" → ", cellValues);
                    return $"{TemplateLabels.ColumnLabel(kind, cell.Column, cell.Row)} {shown}";
                });
                output.WriteLine(string.Join("｜", parts));
            }

            output.WriteLine();
        }
    }

    public static string Number(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";

    public static string Percent(decimal? value) => value is { } v ? (v * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Label(TableKind kind, string row) => TemplateLabels.RowLabel(kind, row);
}
