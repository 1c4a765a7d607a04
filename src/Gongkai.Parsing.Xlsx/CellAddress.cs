namespace Gongkai.Parsing.Xlsx;

/// <summary>A1-style cell references: <c>AB12</c> is row 12, column 28 (both 1-based).</summary>
internal static class CellAddress
{
    /// <summary>Excel's largest column (XFD) and row.</summary>
    public const int MaxColumn = 16_384;

    public const int MaxRow = 1_048_576;

    public static bool TryParse(ReadOnlySpan<char> reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        reference = reference.TrimStart('$');
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        if (i == 0 || i == reference.Length || !int.TryParse(reference[i..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out row))
        {
            return false;
        }

        return row is >= 1 and <= MaxRow;
    }

    /// <summary>Parses a range such as <c>A1:C3</c> (a single cell is a one-cell range).</summary>
    public static bool TryParseRange(ReadOnlySpan<char> range, out (int Row, int Column) first, out (int Row, int Column) last)
    {
        first = last = default;
        var colon = range.IndexOf(':');
        var start = colon < 0 ? range : range[..colon];
        var end = colon < 0 ? range : range[(colon + 1)..];
        if (!TryParse(start, out var r1, out var c1) || !TryParse(end, out var r2, out var c2))
        {
            return false;
        }

        first = (Math.Min(r1, r2), Math.Min(c1, c2));
        last = (Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}
