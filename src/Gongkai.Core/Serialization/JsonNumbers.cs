namespace Gongkai.Core.Serialization;

/// <summary>Decimal helpers for the canonical JSON: integers as integers, fractions without trailing zeros.</summary>
internal static class JsonNumbers
{
    /// <summary>Removes trailing zeros of the scale: 107.20 becomes 107.2, 21400.00 becomes 21400.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Whether <paramref name="value"/> is a whole number that fits a <see cref="long"/>.</summary>
    public static bool IsWhole(decimal value) => decimal.Truncate(value) == value && value >= long.MinValue && value <= long.MaxValue;
}
