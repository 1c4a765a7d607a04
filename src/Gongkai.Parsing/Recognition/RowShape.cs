using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// A row split into its label part and its value part: the value cells are those after the last cell that is
/// neither a number nor blank.
/// </summary>
internal sealed class RowShape
{
    private RowShape(IReadOnlyList<SourceCell> cells, bool[] blank, int labelCount)
    {
        Cells = cells;
        var labels = new List<SourceCell>(labelCount);
        for (var i = 0; i < labelCount; i++)
        {
            if (!blank[i])
            {
                labels.Add(cells[i]);
            }
        }

        var values = new SourceCell[cells.Count - labelCount];
        var numbers = 0;
        for (var i = labelCount; i < cells.Count; i++)
        {
            values[i - labelCount] = cells[i];
            numbers += blank[i] ? 0 : 1;
        }

        Labels = labels;
        Values = values;
        LabelText = Join(labels);
        NumberCount = numbers;
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
    public static RowShape At(IReadOnlyList<SourceCell> cells, int valueStart) =>
        new(cells, Blanks(cells), Math.Clamp(valueStart, 0, cells.Count));

    /// <summary>The row split after its last label cell.</summary>
    public static RowShape Of(IReadOnlyList<SourceCell> cells)
    {
        var blank = Blanks(cells);
        var lastLabel = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            // A figure misread by OCR (l2, 1O5) stands in its value column; it does not extend the label.
            if (!blank[i] && !CellValueReader.IsValueLike(cells[i].Text) && !MisreadFigure.Looks(cells[i].Text))
            {
                lastLabel = i;
            }
        }

        return new RowShape(cells, blank, lastLabel + 1);
    }

    // Most rows have one label cell: its text is the label, without a copy.
    private static string Join(List<SourceCell> labels) => labels.Count switch
    {
        0 => "",
        1 => labels[0].Text,
        _ => string.Concat(labels.Select(l => l.Text)),
    };

    private static bool[] Blanks(IReadOnlyList<SourceCell> cells)
    {
        var blank = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            blank[i] = CellValueReader.IsBlank(cells[i].Text);
        }

        return blank;
    }
}
