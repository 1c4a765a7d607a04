using System.Globalization;

namespace Gongkai.Web.Rendering;

/// <summary>Numbers and rates as the pages print them: a blank is “—”, never 0.</summary>
internal static class Numbers
{
    /// <summary>The number without trailing zeros (2316.48, 12), or “—”.</summary>
    public static string Show(decimal? value) => value is { } v ? Invariant(v) : "—";

    /// <summary>A fraction as a percentage with two decimals (25.00%), or “—”.</summary>
    public static string Percent(decimal? value) => value is { } v ? (v * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The number as the charts read it from the tables' <c>data-value</c> (invariant, no grouping), or empty for a blank.</summary>
    public static string Data(decimal? value) => value is { } v ? Invariant(v) : "";

    /// <summary>A change with its sign (+3, -2, 0), or “—”.</summary>
    public static string Signed(decimal? value) => value is { } v ? (v > 0 ? "+" : "") + Invariant(v) : "—";

    private static string Invariant(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
