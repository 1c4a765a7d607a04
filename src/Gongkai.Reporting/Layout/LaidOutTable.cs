namespace Gongkai.Reporting.Layout;

/// <summary>An official table as rows of cells with spans, the way HTML and Word express merged cells.</summary>
/// <param name="Title">The table's name, e.g. <c>表三 收到和处理政府信息公开申请情况</c>.</param>
/// <param name="Columns">The number of grid columns.</param>
/// <param name="Rows">The rows; a cell covered by a span from above is not listed.</param>
public sealed record LaidOutTable(string Title, int Columns, IReadOnlyList<IReadOnlyList<LaidOutCell>> Rows)
{
    /// <summary>Every cell with its top-left grid position (0-based), positions covered by spans from above skipped.</summary>
    public IEnumerable<(LaidOutCell Cell, int Row, int Column)> Placed()
    {
        var filled = new HashSet<(int, int)>();
        for (var r = 0; r < Rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in Rows[r])
            {
                while (filled.Contains((r, column)))
                {
                    column++;
                }

                yield return (cell, r, column);
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        filled.Add((r + dr, column + dc));
                    }
                }

                column += cell.ColumnSpan;
            }
        }
    }
}
