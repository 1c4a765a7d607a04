using System.Globalization;

namespace Gongkai.Reporting.Tabular;

/// <summary>Column letters and widths.</summary>
internal static class XlsxColumns
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    /// <summary>The letters of the 0-based column <paramref name="index"/>: A … Z, AA …</summary>
    public static string Letters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>
    /// The width of <paramref name="column"/>: as given, or the header's display width plus room for the
    /// autofilter button, at least wide enough for a date or a typical number.
    /// </summary>
    public static double Width(TabularColumn column)
    {
        if (column.Width is { } given)
        {
            return given;
        }

        var floor = column.Type switch
        {
            TabularType.Date => 12,
            TabularType.Integer or TabularType.Decimal => 10,
            _ => MinWidth,
        };
        return Math.Clamp(TabularText.DisplayWidth(column.Header) + 4, floor, MaxWidth);
    }

    /// <summary>The 1-based row number as text, for cell references.</summary>
    public static string Row(long row) => row.ToString(CultureInfo.InvariantCulture);
}
