namespace Gongkai.Core.Model;

/// <summary>A statutory table (二, 三 or 四) as printed in one report.</summary>
public sealed record ReportTable
{
    /// <summary>Which table this is.</summary>
    public required TableKind Kind { get; init; }

    /// <summary>The rows the report prints, in template order. Rows the report lacks are absent.</summary>
    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Whether rows of the template are missing (canonical JSON <c>"incomplete": true</c>).</summary>
    public bool Incomplete { get; init; }

    /// <summary>Where the table starts.</summary>
    public SourceRef Source { get; init; }

    /// <summary>The row with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public TableRow? this[string key]
    {
        get
        {
            // By index, as TableRow's indexer, for the same reason.
            var rows = Rows;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Key == key)
                {
                    return rows[i];
                }
            }

            return null;
        }
    }

    /// <summary>The cell at <paramref name="row"/>, <paramref name="column"/>, or <see langword="null"/>.</summary>
    public Cell? CellAt(string row, string column) => this[row]?[column];

    /// <summary>The numeric value at <paramref name="row"/>, <paramref name="column"/>; <see langword="null"/> when absent or blank.</summary>
    public decimal? ValueAt(string row, string column) => CellAt(row, column)?.Value;
}
