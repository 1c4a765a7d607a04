using System.Globalization;
using Gongkai.Core.Model;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>Random cell values in the notations reports print: counts, signed changes (本年增/减) and money in 万元.</summary>
internal static class RandomValues
{
    /// <summary>A count: mostly 0 or a few, sometimes hundreds, rarely tens of thousands.</summary>
    /// <param name="random">The case's random source.</param>
    /// <param name="zero">The chance of 0.</param>
    /// <param name="scale">The report's size: 0 a small body, 1 a usual one, 2 a large government.</param>
    public static int Count(Random random, double zero, int scale)
    {
        if (random.Chance(zero))
        {
            return 0;
        }

        var x = random.NextDouble();
        return scale switch
        {
            0 => x < 0.9 ? random.Next(1, 10) : random.Next(10, 60),
            1 => x < 0.6 ? random.Next(1, 10) : x < 0.95 ? random.Next(10, 300) : random.Next(300, 3000),
            _ => x < 0.3 ? random.Next(1, 10) : x < 0.7 ? random.Next(10, 1000) : x < 0.9 ? random.Next(1000, 10000) : random.Next(10000, 60000),
        };
    }

    /// <summary>A count cell, now and then printed with thousands separators, a counter (件) or full-width digits.</summary>
    public static Cell CountCell(string column, int value, Random random)
    {
        var plain = value.ToString(CultureInfo.InvariantCulture);
        var raw = value >= 1000 && random.Chance(0.1) ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value > 0 && random.Chance(0.02) ? plain + "件"
            : random.Chance(0.01) ? string.Concat(plain.Select(c => (char)(c + 0xFEE0)))
            : null;
        return Cell.Number(column, CellKind.Count, value, raw);
    }

    /// <summary>A signed change as printed: <c>+229</c>, <c>-21</c>, <c>增 55</c>, <c>减13</c>, <c>0</c>, <c>持平</c>.</summary>
    public static Cell ChangeCell(string column, int value, Random random)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var raw = value switch
        {
            0 => random.Pick(["0", "0", "0", "0", "0", "0", "持平", "不变"]),
            > 0 => random.Pick(["+", "+", "+", "增", "增 ", "", "＋", "增加"]) + digits,
            _ => random.Pick(["-", "-", "-", "减", "减 ", "－", "减少"]) + digits,
        };
        return Cell.Number(column, CellKind.Change, value, raw);
    }

    /// <summary>An amount in 万元 with 0–4 decimals, printed plain (trailing zeros kept), with 万元, in 亿元 or in 元.</summary>
    public static Cell MoneyCell(string column, Random random, int scale)
    {
        if (random.Chance(0.3))
        {
            return Cell.Number(column, CellKind.Money, 0m, random.Pick(["0", "0", "0.00", "0万元"]));
        }

        if (random.Chance(0.06))
        {
            // A sum in yuan: 35800元 is 3.58 万元.
            var yuan = random.Next(1, 2_000_000);
            return Cell.Number(column, CellKind.Money, yuan / 10000m, yuan.ToString(CultureInfo.InvariantCulture) + "元");
        }

        var decimals = random.Pick([0, 1, 2, 2, 2, 3, 4, 4]);
        var units = scale switch
        {
            0 => random.Next(1, 100),
            1 => random.Next(1, 5000),
            _ => random.Next(1, random.Chance(0.2) ? 900_000 : 50_000),
        };
        var mantissa = (long)units * Pow10(decimals) + random.Next(0, Pow10(decimals));
        var value = mantissa / (decimal)Pow10(decimals);
        var plain = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (value >= 10000 && random.Chance(0.15) && decimal.Round(value / 10000m, 4) == value / 10000m)
        {
            return Cell.Number(column, CellKind.Money, value, Trim(value / 10000m) + "亿元");
        }

        var raw = random.Next(10) switch
        {
            0 or 1 => plain + "万元",
            2 when value >= 1000 => value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.'),
            _ => plain,
        };
        return Cell.Number(column, CellKind.Money, value, raw);
    }

    private static int Pow10(int decimals) => decimals switch { 0 => 1, 1 => 10, 2 => 100, 3 => 1000, _ => 10000 };

    private static string Trim(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
