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
    public static IReadOnlyList<CellKey> AllTemplateCells => Template.Cells;

    /// <summary>The template order of a cell, for sorting roll-ups and wide exports the way the tables print.</summary>
    public static int Order(CellKey key) => Template.Order.TryGetValue(key, out var order) ? order : int.MaxValue;

    // Built on first use, both at once, with plain loops: every store verb opens the catalog, and LINQ over the keys
    // (a struct) is compiled when the command runs, which ReadyToRun cannot precompile (docs/performance.md).
    private static class Template
    {
        public static readonly List<CellKey> Cells = [];

        public static readonly Dictionary<CellKey, int> Order = [];

        static Template()
        {
            foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
            {
                // Merge the editions row by row so that 2021's (六) rows sit where 2019's (六) sits.
                foreach (var row in MergedRows(ReportTemplates.V2019.Table(kind).Rows, ReportTemplates.V2021.Table(kind).Rows))
                {
                    foreach (var column in row.Columns)
                    {
                        var key = new CellKey(kind.ToJsonKey(), row.Key, column.Key);
                        if (Order.TryAdd(key, Cells.Count))
                        {
                            Cells.Add(key);
                        }
                    }
                }
            }
        }

        // 2019's rows then 2021's, stably sorted by their place in 2021's table (a row only 2019 has: just after its
        // place in 2019's).
        private static RowSpec[] MergedRows(IReadOnlyList<RowSpec> rows2019, IReadOnlyList<RowSpec> rows2021)
        {
            var rows = new RowSpec[rows2019.Count + rows2021.Count];
            var positions = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = i < rows2019.Count ? rows2019[i] : rows2021[i - rows2019.Count];
                var in2021 = IndexOf(rows2021, rows[i].Key);
                positions[i] = in2021 >= 0 ? in2021 : IndexOf(rows2019, rows[i].Key) + 0.5;
            }

            // Insertion sort: stable, and a few dozen rows.
            for (var i = 1; i < rows.Length; i++)
            {
                var (row, position) = (rows[i], positions[i]);
                var j = i - 1;
                for (; j >= 0 && positions[j] > position; j--)
                {
                    rows[j + 1] = rows[j];
                    positions[j + 1] = positions[j];
                }

                rows[j + 1] = row;
                positions[j + 1] = position;
            }

            return rows;
        }

        private static int IndexOf(IReadOnlyList<RowSpec> rows, string key)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Key == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
