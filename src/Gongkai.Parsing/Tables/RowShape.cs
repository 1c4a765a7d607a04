using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// A row split into its label part and its value part: the value cells are those after the last cell that is
/// neither a number nor blank.
/// </summary>
internal sealed class RowShape
{
    private RowShape(IReadOnlyList<SourceCell> cells, int labelCount)
    {
        Cells = cells;
        Labels = cells.Take(labelCount).Where(c => !CellValueReader.IsBlank(c.Text)).ToList();
        Values = cells.Skip(labelCount).ToList();
        LabelText = string.Concat(Labels.Select(c => c.Text));
        NumberCount = Values.Count(c => !CellValueReader.IsBlank(c.Text));
    }

    /// <summary>All cells of the row.</summary>
    public IReadOnlyList<SourceCell> Cells { get; }

    /// <summary>The non-blank cells up to the last non-value cell.</summary>
    public IReadOnlyList<SourceCell> Labels { get; }

    /// <summary>The cells after the last label cell: numbers and blanks.</summary>
    public IReadOnlyList<SourceCell> Values { get; }

    /// <summary>The label cells' text joined.</summary>
    public string LabelText { get; }

    /// <summary>How many value cells hold something (not blank).</summary>
    public int NumberCount { get; }

    /// <summary>The row has label text.</summary>
    public bool HasLabel => Labels.Count > 0;

    /// <summary>The row has no label and only numbers and blanks, at least one number.</summary>
    public bool IsValuesOnly => !HasLabel && NumberCount > 0;

    /// <summary>The row split at a known column: labels before <paramref name="valueStart"/>, values from it (grids).</summary>
    public static RowShape At(IReadOnlyList<SourceCell> cells, int valueStart) => new(cells, Math.Clamp(valueStart, 0, cells.Count));

    /// <summary>The row split after its last label cell.</summary>
    public static RowShape Of(IReadOnlyList<SourceCell> cells)
    {
        var lastLabel = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (!CellValueReader.IsBlank(text) && !CellValueReader.IsValueLike(text))
            {
                lastLabel = i;
            }
        }

        return new RowShape(cells, lastLabel + 1);
    }
}
