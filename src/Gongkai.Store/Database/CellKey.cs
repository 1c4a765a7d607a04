using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Store.Database;

/// <summary>A cell of a statutory table by its canonical JSON keys (<c>requests</c>, <c>newReceived</c>, <c>total</c>).</summary>
public readonly record struct CellKey(string Table, string Row, string Column)
{
    /// <summary>The cell path used in diagnostics: <c>requests.newReceived.total</c>.</summary>
    public string Path => $"{Table}.{Row}.{Column}";

    /// <summary>The table, from its JSON key.</summary>
    public TableKind Kind => TableKindExtensions.FromJsonKey(Table) ?? throw new InvalidOperationException($"Unknown table key '{Table}'.");

    /// <summary>The cell at <paramref name="path"/> (<c>requests.withheld.stateSecret.total</c>), or <see langword="null"/> when it names no cell.</summary>
    public static CellKey? FromPath(string path) =>
        CellRef.TryParse(path) is { Row: { } row, Column: { } column } cell ? new CellKey(cell.Table.ToJsonKey(), row, column) : null;

    /// <summary>Every cell of both editions, in template order (table 二 of 2019, then 2021; 三 of 2021 after 2019's rows).</summary>
    public static IReadOnlyList<CellKey> AllTemplateCells { get; } = BuildTemplateCells();

    /// <summary>The template order of a cell, for sorting roll-ups and wide exports the way the tables print.</summary>
    public static int Order(CellKey key) => TemplateOrder.TryGetValue(key, out var order) ? order : int.MaxValue;

    private static readonly Dictionary<CellKey, int> TemplateOrder = AllTemplateCells.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);

    private static List<CellKey> BuildTemplateCells()
    {
        var cells = new List<CellKey>();
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            var seen = new HashSet<CellKey>();
            var rows2019 = ReportTemplates.V2019.Table(kind).Rows;
            var rows2021 = ReportTemplates.V2021.Table(kind).Rows;

            // Merge the editions row by row so that 2021's (六) rows sit where 2019's (六) sits.
            foreach (var row in rows2019.Concat(rows2021).OrderBy(r => RowPosition(r, rows2019, rows2021)))
            {
                foreach (var column in row.Columns)
                {
                    var key = new CellKey(kind.ToJsonKey(), row.Key, column.Key);
                    if (seen.Add(key))
                    {
                        cells.Add(key);
                    }
                }
            }
        }

        return cells;
    }

    private static double RowPosition(RowSpec row, IReadOnlyList<RowSpec> rows2019, IReadOnlyList<RowSpec> rows2021)
    {
        var in2021 = rows2021.ToList().FindIndex(r => r.Key == row.Key);
        var in2019 = rows2019.ToList().FindIndex(r => r.Key == row.Key);
        return in2021 >= 0 ? in2021 : in2019 + 0.5;
    }
}
