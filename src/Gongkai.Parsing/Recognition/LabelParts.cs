namespace Gongkai.Parsing.Recognition;

/// <summary>
/// The numbering in a normalised table-三 label: the top level (<c>三、</c>), the group (<c>(三)</c>) and the item
/// (<c>1.</c>), and the text after the last of them (the leaf).
/// </summary>
/// <remarks>Labels arrive joined from several cells: <c>三、本年度办理结果(三)不予公开8.属于行政查询事项</c>.</remarks>
internal readonly record struct LabelParts(int? Top, int? Group, int? Item, string Leaf, string GroupText)
{
    public static LabelParts Parse(string normalized)
    {
        int? top = null, group = null, item = null;
        var leaf = "";
        var groupText = "";
        var lastWasGroup = false;
        var pos = 0;
        while (pos < normalized.Length)
        {
            if (TryTop(normalized, pos, out var value, out var length))
            {
                top = value;
                lastWasGroup = false;
            }
            else if (TryGroup(normalized, pos, out value, out length))
            {
                group = value;
                item = null;
                lastWasGroup = true;
            }
            else if (TryItem(normalized, pos, out value, out length))
            {
                item = value;
                lastWasGroup = false;
            }
            else
            {
                length = NextMarker(normalized, pos + 1) - pos;
                var text = normalized.Substring(pos, length);
                if (lastWasGroup)
                {
                    groupText = text;
                }

                leaf = text;
                lastWasGroup = false;
            }

            pos += length;
        }

        return new LabelParts(top, group, item, leaf, groupText);
    }

    private static int NextMarker(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (TryGroup(text, i, out _, out _) || (IsBoundary(text, i) && (TryItem(text, i, out _, out _) || TryTop(text, i, out _, out _))))
            {
                return i;
            }
        }

        return text.Length;
    }

    // A numbering can start a label or follow Chinese text, but not continue a number ("2021.").
    private static bool IsBoundary(string text, int i) => i == 0 || !char.IsAsciiDigit(text[i - 1]);

    // 一、 二、 三、 四、 (also 一. and 四．, folded to '.').
    private static bool TryTop(string text, int pos, out int value, out int length)
    {
        value = length = 0;
        if (pos + 1 < text.Length && ChineseNumbers.Digit(text[pos]) is { } digit and > 0 && !char.IsAsciiDigit(text[pos]) && text[pos + 1] is '、' or '.')
        {
            value = digit;
            length = 2;
            return true;
        }

        return false;
    }

    // (一) … (七), also (1) … (7).
    private static bool TryGroup(string text, int pos, out int value, out int length)
    {
        value = length = 0;
        if (pos + 2 < text.Length && text[pos] == '(' && text[pos + 2] == ')' && ChineseNumbers.Digit(text[pos + 1]) is { } digit and > 0)
        {
            value = digit;
            length = 3;
            return true;
        }

        return false;
    }

    // 1. … 8. (1、 is folded to 1. by LabelText), not followed by a digit (a decimal).
    private static bool TryItem(string text, int pos, out int value, out int length)
    {
        value = length = 0;
        if (pos + 1 < text.Length && char.IsAsciiDigit(text[pos]) && text[pos + 1] == '.' && (pos + 2 >= text.Length || !char.IsAsciiDigit(text[pos + 2])))
        {
            value = text[pos] - '0';
            length = 2;
            return true;
        }

        return false;
    }
}
