using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>
/// Tells from the text itself whether it came through an extractor that drops consecutive identical lines (a
/// portal crawl that prints a table one cell per line: <c>规范性文件 / 5 / 5 / 5</c> arrives as
/// <c>规范性文件 / 5</c>, a row of zeros as one <c>0</c>).
/// </summary>
/// <remarks>
/// The evidence is the layout's, never assumed: many lines holding one value each (cells one per line), many of
/// them alone between label lines (rows that came up short), and not one pair of consecutive identical non-blank
/// lines in the whole text. A table printed cell per line without that loss prints <c>0</c> <c>0</c> <c>0</c> on
/// consecutive lines, and is not flagged.
/// </remarks>
internal static class RepeatsDroppedDetector
{
    /// <summary>Fewer one-value lines than this are too little evidence (a report's tables print dozens).</summary>
    public const int MinValueLines = 12;

    /// <summary>Fewer values standing alone between non-value lines than this: rows are not coming up short.</summary>
    public const int MinLoneValues = 5;

    public static bool Detect(IReadOnlyList<TextLine> lines)
    {
        int valueLines = 0, loneValues = 0;
        string? previous = null;
        var previousIsValue = false;
        var runLength = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                previous = null;
                continue;
            }

            var text = line.Text.Trim();
            if (text == previous)
            {
                return false; // an identical neighbour survived: this extractor keeps repeats
            }

            var isValue = !text.Contains('\t', StringComparison.Ordinal) && CellValueReader.IsValueLike(text);
            if (isValue)
            {
                valueLines++;
                runLength = previousIsValue ? runLength + 1 : 1;
            }
            else if (previousIsValue && runLength == 1)
            {
                loneValues++;
            }

            previous = text;
            previousIsValue = isValue;
        }

        loneValues += previousIsValue && runLength == 1 ? 1 : 0; // the text may end on a value
        return valueLines >= MinValueLines && loneValues >= MinLoneValues;
    }
}
