using System.Buffers;
using System.Globalization;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Values;

/// <summary>Reads a printed cell: counts, signed changes (<c>+229</c>, <c>增 55</c>, <c>减13</c>) and money (<c>万元</c>, <c>亿元</c>, <c>元</c>, none).</summary>
/// <remarks>
/// A printed number is never changed: only its notation is read. Money is returned in 万元. The grammar is
/// <c>[sign] digits[.digits] [unit] [counter]</c> after full-width forms are folded and spaces and thousands
/// separators removed; it is parsed by hand because every cell of every report passes through here.
/// </remarks>
internal static class CellValueReader
{
    private const int MaxValueLength = 24;

    private static readonly HashSet<string> BlankMarkers = ["", "/", "-", "—", "——", "–", "\\", "无", "暂无", "空", "−", "--"];

    private static readonly HashSet<string> TextualZero = ["持平", "不变", "无变化", "无增减", "零", "〇"];

    private static readonly int MaxBlankLength = BlankMarkers.Max(m => m.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlankLookup = BlankMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ZeroLookup = TextualZero.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longest first, so that 增加 is tried before 增.
    private static readonly (string Text, int Sign)[] Signs = [("增加", 1), ("减少", -1), ("新增", 1), ("净增", 1), ("净减", -1), ("增", 1), ("减", -1), ("+", 1), ("-", -1), ("−", -1), ("＋", 1), ("－", -1)];

    // The first characters of the signs: text starting with none of them nor a digit is no number (labels, prose).
    private static readonly SearchValues<char> SignStarts = SearchValues.Create(string.Concat(Signs.Select(s => s.Text[0])));

    private static readonly SearchValues<char> ZeroStarts = SearchValues.Create(string.Concat(TextualZero.Select(z => z[0])));

    /// <summary>Whether <paramref name="text"/> is nothing but the sign of a change (增, 减少, +, －): a sign printed apart from its figure.</summary>
    public static bool IsSign(string text)
    {
        var trimmed = text.AsSpan().Trim();
        foreach (var (sign, _) in Signs)
        {
            if (trimmed.SequenceEqual(sign))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (string Text, decimal ToWan)[] Units = [("万元", 1m), ("亿元", 10000m), ("元", 0.0001m), ("万", 1m), ("亿", 10000m)];

    // Measure words of counts (3批, 5项, 12件): the count is read, raw keeps the word. Not money's: 5项 in a money column is no amount.
    private const string Counters = "件个条项次宗家份批";

    /// <summary>Whether the text leaves the cell blank: empty, <c>/</c>, <c>-</c>, <c>—</c>, <c>无</c>.</summary>
    public static bool IsBlank(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Length > MaxValueLength || char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        // No marker is longer than MaxBlankLength once compacted: stop at the first character past it (labels).
        Span<char> buffer = stackalloc char[MaxBlankLength];
        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (UnicodeSpace.IsWhiteSpace(folded) || folded == ',')
            {
                continue;
            }

            if (length == MaxBlankLength)
            {
                return false;
            }

            buffer[length++] = folded;
        }

        return BlankLookup.Contains(buffer[..length]);
    }

    /// <summary>Whether the text reads as a number in some column (count, change or money).</summary>
    public static bool IsValueLike(string text)
    {
        if (text.Length is > 0 and <= MaxValueLength && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return true; // the common case: a plain count
        }

        if (text.Length > MaxValueLength * 2 || !MayStartValue(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var compact = Compact(text, buffer);
        return compact.Length is > 0 and <= MaxValueLength && (TryParse(compact, out _, out _, out _, out _) || ZeroLookup.Contains(compact));
    }

    // Whether the first character left by Compact can start a figure, a sign or a textual zero: a label's cannot,
    // and it is told so without compacting the whole label.
    private static bool MayStartValue(string text)
    {
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (!UnicodeSpace.IsWhiteSpace(folded) && folded != ',')
            {
                return char.IsAsciiDigit(folded) || SignStarts.Contains(folded) || ZeroStarts.Contains(folded);
            }
        }

        return false; // nothing left: Compact's result would be empty
    }

    /// <summary>Reads <paramref name="text"/> as a cell of <paramref name="kind"/>.</summary>
    /// <param name="text">The cell as printed.</param>
    /// <param name="kind">What the column holds.</param>
    /// <param name="defaultUnitInWan">For money printed without a unit: what one printed unit is in 万元 (1 for 万元, 0.0001 for 元).</param>
    public static CellReading Read(string text, CellKind kind, decimal defaultUnitInWan = 1m)
    {
        if (text.Length > MaxValueLength * 2)
        {
            return new CellReading(CellState.Unreadable, null);
        }

        Span<char> buffer = stackalloc char[text.Length];
        var compact = Compact(text, buffer);
        if (BlankLookup.Contains(compact))
        {
            return new CellReading(CellState.Blank, null);
        }

        if (ZeroLookup.Contains(compact))
        {
            return new CellReading(CellState.Number, 0m, $"「{text.Trim()}」按 0 读取");
        }

        if (!TryParse(compact, out var value, out var unit, out var hasUnit, out var hasCounter) || hasCounter && kind == CellKind.Money)
        {
            return new CellReading(CellState.Unreadable, null);
        }

        if (hasUnit && unit != 1m)
        {
            value *= unit;
            return new CellReading(CellState.Number, value, $"「{text.Trim()}」换算为 {Format(value)} 万元");
        }

        if (!hasUnit && kind == CellKind.Money && defaultUnitInWan != 1m)
        {
            value *= defaultUnitInWan;
            return new CellReading(CellState.Number, value, $"「{text.Trim()}」按表头单位换算为 {Format(value)} 万元");
        }

        return new CellReading(CellState.Number, value);
    }

    // [sign] digits[.digits] [unit] [counter], nothing else.
    private static bool TryParse(ReadOnlySpan<char> text, out decimal value, out decimal unit, out bool hasUnit, out bool hasCounter)
    {
        value = 0;
        unit = 1m;
        hasUnit = false;
        hasCounter = false;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]) && !SignStarts.Contains(text[0]))
        {
            return false;
        }

        var sign = 1;
        foreach (var (prefix, s) in Signs)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                sign = s;
                text = text[prefix.Length..];
                break;
            }
        }

        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return false;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        if (!decimal.TryParse(text[..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value *= sign;
        var rest = text[end..];
        // The unit follows the figure, or stands in brackets after it (2488（元）, as a cell copied from a header's
        // 采购总金额（元） keeps it); full-width brackets are folded to ASCII by Compact.
        var bracketed = rest.Length > 2 && rest[0] == '(' && rest[^1] == ')';
        var unitText = bracketed ? rest[1..^1] : rest;
        foreach (var (suffix, toWan) in Units)
        {
            if (unitText.StartsWith(suffix, StringComparison.Ordinal) && (!bracketed || unitText.Length == suffix.Length))
            {
                unit = toWan;
                hasUnit = true;
                rest = bracketed ? [] : rest[suffix.Length..];
                break;
            }
        }

        hasCounter = rest.Length == 1 && Counters.Contains(rest[0], StringComparison.Ordinal);
        return rest.IsEmpty || hasCounter;
    }

    private static string Format(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Full-width forms folded, whitespace and thousands separators removed.</summary>
    private static ReadOnlySpan<char> Compact(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (UnicodeSpace.IsWhiteSpace(folded) || folded == ',')
            {
                continue;
            }

            buffer[length++] = folded;
        }

        return buffer[..length];
    }

    // Full-width forms (（，１２) to ASCII.
    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
