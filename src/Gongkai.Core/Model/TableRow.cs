namespace Gongkai.Core.Model;

/// <summary>One row of a statutory table, keyed as in the canonical JSON.</summary>
public sealed record TableRow
{
    /// <summary>The row key, e.g. <c>newReceived</c>, <c>withheld.stateSecret</c>, <c>licensing</c>, <c>reconsideration</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The row's cells in template column order.</summary>
    public required IReadOnlyList<Cell> Cells { get; init; }

    /// <summary>Where the row's label was read.</summary>
    public SourceRef Source { get; init; }

    /// <summary>The cell of <paramref name="column"/>, or <see langword="null"/>.</summary>
    public Cell? this[string column]
    {
        get
        {
            // By index rather than foreach: looked up for every cell a rule or the JSON writer reads, and an
            // IReadOnlyList's enumerator is an allocation and two interface calls per step (issue #16).
            var cells = Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].Column == column)
                {
                    return cells[i];
                }
            }

            return null;
        }
    }
}
