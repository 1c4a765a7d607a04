using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Values;

/// <summary>Reads a printed cell: counts, signed changes (<c>+229</c>, <c>增 55</c>, <c>减13</c>) and money (<c>万元</c>, <c>亿元</c>, <c>元</c>, none).</summary>
/// <remarks>A printed number is never changed: only its notation is read. Money is returned in 万元.</remarks>
internal static partial class CellValueReader
{
    private static readonly HashSet<string> BlankMarkers = ["", "/", "-", "—", "——", "–", "\\", "无", "暂无", "空", "−", "--"];

    private static readonly HashSet<string> TextualZero = ["持平", "不变", "无变化", "无增减", "零", "〇"];

    /// <summary>Whether the text leaves the cell blank: empty, <c>/</c>, <c>-</c>, <c>—</c>, <c>无</c>.</summary>
    public static bool IsBlank(string text) => BlankMarkers.Contains(Compact(text));

    /// <summary>Whether the text reads as a number in some column (count, change or money).</summary>
    public static bool IsValueLike(string text)
    {
        var compact = Compact(text);
        return compact.Length > 0 && compact.Length <= 24 && (ValuePattern().IsMatch(compact) || TextualZero.Contains(compact));
    }

    /// <summary>Reads <paramref name="text"/> as a cell of <paramref name="kind"/>.</summary>
    /// <param name="text">The cell as printed.</param>
    /// <param name="kind">What the column holds.</param>
    /// <param name="defaultUnitInWan">For money printed without a unit: what one printed unit is in 万元 (1 for 万元, 0.0001 for 元).</param>
    public static CellReading Read(string text, CellKind kind, decimal defaultUnitInWan = 1m)
    {
        var compact = Compact(text);
        if (BlankMarkers.Contains(compact))
        {
            return new CellReading(CellState.Blank, null);
        }

        if (TextualZero.Contains(compact))
        {
            return new CellReading(CellState.Number, 0m, $"「{text.Trim()}」按 0 读取");
        }

        var match = ValuePattern().Match(compact);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new CellReading(CellState.Unreadable, null);
        }

        var sign = match.Groups["sign"].Value;
        if (sign.Length > 0 && (sign[0] is '-' or '−' || sign.StartsWith('减')))
        {
            value = -value;
        }

        var unit = match.Groups["unit"].Value;
        string? note = null;
        switch (unit)
        {
            case "亿元" or "亿":
                value *= 10000m;
                note = $"「{text.Trim()}」换算为 {Format(value)} 万元";
                break;
            case "元":
                value /= 10000m;
                note = $"「{text.Trim()}」换算为 {Format(value)} 万元";
                break;
            case "" when kind == CellKind.Money && defaultUnitInWan != 1m:
                value *= defaultUnitInWan;
                note = $"「{text.Trim()}」按表头单位换算为 {Format(value)} 万元";
                break;
        }

        return new CellReading(CellState.Number, value, note);
    }

    private static string Format(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Full-width forms folded, whitespace and thousands separators removed.</summary>
    private static string Compact(string text)
    {
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(folded) || folded == ',')
            {
                continue;
            }

            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }

    [GeneratedRegex(@"^(?<sign>[+\-−]|增加|增|减少|减|新增|净增|净减)?(?<number>\d+(?:\.\d+)?)(?<unit>万元|亿元|元|万|亿)?(?:件|个|条|项|次|宗|家|份)?$")]
    private static partial Regex ValuePattern();
}
