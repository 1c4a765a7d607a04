namespace Gongkai.Parsing.Recognition;

/// <summary>Chinese numerals as they appear in numbering (<c>三、</c>, <c>（六）</c>) and dates (<c>二〇二一年二月十八日</c>).</summary>
internal static class ChineseNumbers
{
    /// <summary>The value of a numeral from 一 to 九十九 (<c>十</c>, <c>十二</c>, <c>二十</c>), or null.</summary>
    public static int? ParseSmall(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 ? Digit(text[0]) : null;
        }

        var tens = ten == 0 ? 1 : text.Length > 0 && ten == 1 ? Digit(text[0]) : null;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digit(text[^1]) : null;
        return tens is { } t && ones is { } o ? t * 10 + o : null;
    }

    /// <summary>A year written digit by digit (<c>二〇二一</c>, <c>二零二一</c>), or null.</summary>
    public static int? ParseDigits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (Digit(c) is not { } digit)
            {
                return null;
            }

            value = value * 10 + digit;
        }

        return text.IsEmpty ? null : value;
    }

    /// <summary>The value of one digit: 〇/零/○ 0 … 九 9 (also Arabic digits), or null.</summary>
    public static int? Digit(char c) => c switch
    {
        '〇' or '零' or '○' or 'О' or 'O' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        >= '0' and <= '9' => c - '0',
        _ => null,
    };
}
